import SDGBriefCore

/// What the title and closing slides say, from the report in the chosen
/// language: the report's title, subtitle, publisher and awards, and the
/// deck's own few words.
struct DeckTextSlides: Sendable {
    var report: Report
    var language: String
    var colors: DeckColors
    var words: DeckWords

    private func text(_ localized: LocalizedText) -> String {
        localized.text(in: language).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func present(_ localized: LocalizedText?) -> String? {
        localized.map(text).flatMap { $0.isEmpty ? nil : $0 }
    }

    private var awardNames: [String] {
        report.awards.map { text($0.name) }.filter { !$0.isEmpty }
    }

    private static let point = SlideGeometry.emuPerPoint

    /// The awards under a label, as one box.
    private func awards(label: String, points: Int) -> TextSlide.Item? {
        guard !awardNames.isEmpty else { return nil }
        let label = SlideText(text: label, points: 20, bold: true, color: colors.secondaryText, maxLines: 1)
        return .text([label] + awardNames.map { SlideText(text: $0, points: points, color: colors.text, maxLines: 2) }, spaceAfter: 0)
    }

    var titleSlide: DeckSlide {
        let point = Self.point
        var items: [TextSlide.Item] = [
            .text([SlideText(text: text(report.title), points: 54, bold: true, color: colors.text, maxLines: 2)], spaceAfter: 18 * point),
            .rule(color: colors.accent, points: 6, spaceAfter: 24 * point),
        ]
        if let subtitle = present(report.subtitle) {
            items.append(.text([SlideText(text: subtitle, points: 32, color: colors.secondaryText, maxLines: 2)], spaceAfter: 36 * point))
        }
        if let awards = awards(label: words.awards, points: 26) {
            items.append(awards)
        }
        if let publisher = present(report.publisher) {
            items.append(.space(24 * point))
            items.append(.text([SlideText(text: publisher, points: 20, color: colors.secondaryText, maxLines: 2)], spaceAfter: 0))
        }
        let notes = ([present(report.subtitle)].compactMap { $0 } + report.introduction.map(text)).filter { !$0.isEmpty }
        return DeckSlide(content: .text(TextSlide(name: "Title", items: items, strip: .top)), notes: notes)
    }

    var closingSlide: DeckSlide {
        let point = Self.point
        var source = [SlideText(text: text(report.title), points: 32, bold: true, color: colors.text, maxLines: 2)]
        if let publisher = present(report.publisher) {
            source.append(SlideText(text: publisher, points: 24, color: colors.secondaryText, maxLines: 2))
        }
        var items: [TextSlide.Item] = [
            .text([SlideText(text: words.source, points: 44, bold: true, color: colors.text, maxLines: 1)], spaceAfter: 14 * point),
            .rule(color: colors.accent, points: 6, spaceAfter: 24 * point),
            .text(source, spaceAfter: 24 * point),
        ]
        if let awards = awards(label: words.casesFrom, points: 24) {
            items.append(awards)
            items.append(.space(24 * point))
        }
        items.append(.text([SlideText(text: words.statement, points: 20, color: colors.secondaryText, maxLines: 3)], spaceAfter: 0))
        let notes = ([words.statement] + report.closing.map(text)).filter { !$0.isEmpty }
        return DeckSlide(content: .text(TextSlide(name: "Source", items: items, strip: .bottom)), notes: notes)
    }
}
