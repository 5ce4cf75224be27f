extension Report {
    /// Every human-readable text of the report with where it sits, in file
    /// order, for checks that apply to all text alike (length, characters a
    /// font cannot draw).
    public func textFields() -> [(path: FieldPath, text: String)] {
        var fields: [(path: FieldPath, text: String)] = []
        forEachTextField { fields.append(($0, $1)) }
        return fields
    }

    /// Hands `body` each text of `textFields()` in turn, without gathering
    /// them: a network's report has hundreds of thousands.
    public func forEachTextField(_ body: (_ path: FieldPath, _ text: String) -> Void) {
        walkTexts(localized: { path, text in
            for (language, value) in text.sortedTranslations {
                body(path.appending(language), value)
            }
        }, plain: body)
    }

    /// Hands `body` every text the report holds in several languages, with
    /// where it sits, in file order; quotes, which stay in the source's
    /// language, are not among them.
    public func forEachLocalizedText(_ body: (_ path: FieldPath, _ text: LocalizedText) -> Void) {
        walkTexts(localized: body, plain: { _, _ in })
    }

    private func walkTexts(localized: (_ path: FieldPath, _ text: LocalizedText) -> Void, plain body: (_ path: FieldPath, _ text: String) -> Void) {
        let root = FieldPath.root
        func add(_ text: LocalizedText, _ path: FieldPath) {
            localized(path, text)
        }
        func add(_ texts: [LocalizedText], _ path: FieldPath) {
            for (index, text) in texts.enumerated() { add(text, path.appending(index)) }
        }
        func add(_ metrics: [Metric], _ path: FieldPath) {
            for (index, metric) in metrics.enumerated() {
                add(metric.label, path.appending(index).appending("label"))
                body(path.appending(index).appending("quote"), metric.quote)
            }
        }
        add(title, root.appending("title"))
        if let subtitle { add(subtitle, root.appending("subtitle")) }
        if let publisher { add(publisher, root.appending("publisher")) }
        for (index, award) in awards.enumerated() {
            add(award.name, root.appending("awards").appending(index).appending("name"))
            add(award.shortName, root.appending("awards").appending(index).appending("shortName"))
        }
        add(introduction, root.appending("introduction"))
        add(figures, root.appending("figures"))
        for (index, item) in cases.enumerated() {
            let path = root.appending("cases").appending(index)
            add(item.city, path.appending("city"))
            add(item.country, path.appending("country"))
            add(item.region, path.appending("region"))
            add(item.practice, path.appending("practice"))
            add(item.partnership, path.appending("partnership"))
            add(item.narrative, path.appending("narrative"))
            add(item.figures, path.appending("figures"))
            for (milestoneIndex, milestone) in item.milestones.enumerated() {
                let milestonePath = path.appending("milestones").appending(milestoneIndex)
                if let title = milestone.title { add(title, milestonePath.appending("title")) }
                add(milestone.event, milestonePath.appending("event"))
            }
            for (partnerIndex, partner) in item.partners.enumerated() {
                add(partner.name, path.appending("partners").appending(partnerIndex).appending("name"))
            }
        }
        add(conclusionsPreamble, root.appending("conclusionsPreamble"))
        for (index, conclusion) in conclusions.enumerated() {
            add(conclusion.title, root.appending("conclusions").appending(index).appending("title"))
            add(conclusion.text, root.appending("conclusions").appending(index).appending("text"))
        }
        add(closing, root.appending("closing"))
    }
}
