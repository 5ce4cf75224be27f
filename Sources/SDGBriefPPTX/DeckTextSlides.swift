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

    private var publisher: String? {
        report.publisher.map(text).flatMap { $0.isEmpty ? nil : $0 }
    }

    private var awardNames: [String] {
        report.awards.map { text($0.name) }.filter { !$0.isEmpty }
    }

    private var subtitle: String? {
        report.subtitle.map(text).flatMap { $0.isEmpty ? nil : $0 }
    }

    var titleSlide: DeckSlide {
        let point = SlideGeometry.emuPerPoint
        var items: [TextSlide.Item] = [
            .text(SlideText(text: text(report.title), points: 54, bold: true, color: colors.text, maxLines: 2), spaceAfter: 18 * point),
            .rule(color: colors.accent, points: 6, spaceAfter: 24 * point),
        ]
        if let subtitle {
            items.append(.text(SlideText(text: subtitle, points: 32, color: colors.secondaryText, maxLines: 2), spaceAfter: 40 * point))
        }
        if !awardNames.isEmpty {
            items.append(.text(SlideText(text: words.awards, points: 20, bold: true, color: colors.secondaryText, maxLines: 1), spaceAfter: 6 * point))
            for name in awardNames {
                items.append(.text(SlideText(text: name, points: 26, color: colors.text, maxLines: 2), spaceAfter: 6 * point))
            }
        }
        if let publisher {
            items.append(.space(22 * point))
            items.append(.text(SlideText(text: publisher, points: 20, color: colors.secondaryText, maxLines: 2), spaceAfter: 0))
        }
        let notes = ([subtitle].compactMap { $0 } + report.introduction.map(text)).filter { !$0.isEmpty }
        return DeckSlide(content: .text(TextSlide(name: "Title", items: items, strip: .top)), notes: notes)
    }

    var closingSlide: DeckSlide {
        let point = SlideGeometry.emuPerPoint
        var items: [TextSlide.Item] = [
            .text(SlideText(text: words.source, points: 44, bold: true, color: colors.text, maxLines: 1), spaceAfter: 14 * point),
            .rule(color: colors.accent, points: 6, spaceAfter: 24 * point),
            .text(SlideText(text: text(report.title), points: 32, bold: true, color: colors.text, maxLines: 2), spaceAfter: 8 * point),
        ]
        if let publisher {
            items.append(.text(SlideText(text: publisher, points: 24, color: colors.secondaryText, maxLines: 2), spaceAfter: 8 * point))
        }
        if !awardNames.isEmpty {
            items.append(.space(18 * point))
            items.append(.text(SlideText(text: words.casesFrom, points: 20, bold: true, color: colors.secondaryText, maxLines: 1), spaceAfter: 6 * point))
            for name in awardNames {
                items.append(.text(SlideText(text: name, points: 24, color: colors.text, maxLines: 2), spaceAfter: 4 * point))
            }
        }
        items.append(.space(22 * point))
        items.append(.text(SlideText(text: words.statement, points: 20, color: colors.secondaryText, maxLines: 3), spaceAfter: 0))
        let notes = ([words.statement] + report.closing.map(text)).filter { !$0.isEmpty }
        return DeckSlide(content: .text(TextSlide(name: "Source", items: items, strip: .bottom)), notes: notes)
    }
}
