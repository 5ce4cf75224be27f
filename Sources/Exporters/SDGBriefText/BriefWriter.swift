import Foundation
import SDGBriefCore

/// Lays out one rendering of the text brief, line by line.
struct BriefWriter {
    let width: Int
    let language: String
    let labels: BriefWords
    let wrapper: TextWrapper
    let formatter: MetricFormatter
    var lines: [String] = []

    init(width: Int, language: String) {
        self.width = width
        self.language = language
        labels = BriefWords.forLanguage(language)
        formatter = MetricFormatter(words: labels)
        wrapper = TextWrapper(width: width)
    }

    mutating func write(_ report: Report) {
        write(report) { _ in }
    }

    /// Writes the brief, passing the lines written so far to `afterEachCase`
    /// after every case; a streaming caller writes them out and removes all
    /// but the last, which the layout looks back at, so a brief of any length
    /// needs the memory of one case.
    mutating func write(_ report: Report, afterEachCase: (inout [String]) throws -> Void) rethrows {
        lines += wrapper.wrap(text(report.title))
        if let subtitle = report.subtitle { lines += wrapper.wrap(text(subtitle)) }
        if let publisher = report.publisher { lines += wrapper.wrap(text(publisher)) }
        lines.append(String(repeating: "=", count: width))

        if !report.introduction.isEmpty || !report.figures.isEmpty {
            heading(labels.introduction)
            paragraphs(report.introduction)
            figures(report.figures)
        }
        for (index, item) in report.cases.enumerated() {
            write(item, number: index + 1, in: report)
            try afterEachCase(&lines)
        }
        if !report.conclusions.isEmpty || !report.conclusionsPreamble.isEmpty {
            heading(labels.conclusions)
            paragraphs(report.conclusionsPreamble)
            for conclusion in report.conclusions {
                blank()
                let marker = "\(conclusion.rank). "
                let indent = String(repeating: " ", count: EastAsianWidth.columns(of: marker))
                lines += wrapper.wrap(text(conclusion.title), firstPrefix: marker, prefix: indent)
                lines += wrapper.wrap(text(conclusion.text), firstPrefix: indent, prefix: indent)
            }
        }
        if !report.closing.isEmpty {
            paragraphs(report.closing)
        }
    }

    private mutating func write(_ item: Case, number: Int, in report: Report) {
        heading(labels.caseLabel(number) + labels.colon + text(item.city) + labels.parenthesized(text(item.country)))
        field(labels.practice, text(item.practice))
        let awards = item.awards.map { report.award(id: $0)?.shortName.text(in: language) ?? $0 }
        if !awards.isEmpty { field(labels.awards, awards.joined(separator: labels.listSeparator)) }

        lines.append(labels.goals + labels.colon.trimmingCharacters(in: .whitespaces))
        for tag in item.sdgs.filter({ $0.role == .primary }) + item.sdgs.filter({ $0.role != .primary }) {
            let mark = labels.parenthesized(tag.role == .primary ? labels.primary : labels.related)
            bullet(labels.goalLabel(tag.goal) + " " + labels.goalName(tag.goal) + mark)
        }
        blank()
        lines += wrapper.wrap(labels.partnership + labels.colon + text(item.partnership))
        figures(item.figures)
        if !item.milestones.isEmpty {
            blank()
            lines.append(labels.milestones + labels.colon.trimmingCharacters(in: .whitespaces))
            for milestone in item.milestones {
                bullet(labels.year(milestone.year) + " " + text(milestone.event))
            }
        }
        if !item.partners.isEmpty {
            blank()
            lines.append(labels.partners + labels.colon.trimmingCharacters(in: .whitespaces))
            let sectors = Sector.known + item.partners.map(\.sector).filter { !$0.isKnown }.uniqued()
            for sector in sectors {
                let names = item.partners.filter { $0.sector == sector }.map { text($0.name) }
                if names.isEmpty { continue }
                bullet(labels.sectorName(sector) + labels.colon + names.joined(separator: labels.listSeparator))
            }
        }
    }

    private mutating func figures(_ metrics: [Metric]) {
        guard !metrics.isEmpty else { return }
        blank()
        lines.append(labels.keyFigures + labels.colon.trimmingCharacters(in: .whitespaces))
        for metric in metrics {
            bullet(text(metric.label) + labels.colon + formatter.string(metric))
        }
    }

    private func text(_ localized: LocalizedText) -> String {
        localized.text(in: language)
    }

    private mutating func heading(_ title: String) {
        blank()
        lines += wrapper.wrap(title)
        let underline = min(width, lines.suffix(1).map { EastAsianWidth.columns(of: $0) }.max() ?? 0)
        lines.append(String(repeating: "-", count: underline))
    }

    private mutating func paragraphs(_ texts: [LocalizedText]) {
        for paragraph in texts { self.paragraph(text(paragraph)) }
    }

    private mutating func paragraph(_ content: String) {
        if !lines.isEmpty, !isUnderline(lines.last ?? "") { blank() }
        lines += wrapper.wrap(content)
    }

    private mutating func field(_ label: String, _ value: String) {
        lines += wrapper.wrap(label + labels.colon + value)
    }

    private mutating func bullet(_ content: String) {
        lines += wrapper.wrap(content, firstPrefix: "  - ", prefix: "    ")
    }

    /// A paragraph sits right under its heading's underline.
    private func isUnderline(_ line: String) -> Bool {
        !line.isEmpty && line.allSatisfy { $0 == "-" || $0 == "=" }
    }

    private mutating func blank() {
        if lines.last?.isEmpty == false { lines.append("") }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
