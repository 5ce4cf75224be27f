import Foundation
import SDGBriefCore

/// Writes the brief as CommonMark, `<report id>.md`, for wikis, repositories
/// and static sites: every case with its goals, a table of its figures, its
/// milestones and partners, then the conclusions; the slide charts appear as
/// images when the same export writes them.
///
/// Tables follow GitHub Flavored Markdown, the one extension every common
/// renderer shares; in plain CommonMark they read as text.
public struct MarkdownExporter: Exporter {
    public let name = "markdown"
    public let summary = "The brief as CommonMark, with figure tables and chart images (MD)"

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        [Artifact(path: "\(report.id).md", text: try render(report, options: options))]
    }

    /// Writes the brief case by case as it is produced, so that memory does
    /// not grow with the number of cases.
    public func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws {
        let stream = try sink.begin("\(report.id).md")
        var separator = ""
        var done = 0
        try emitBlocks(report, options: options) { blocks, isCase in
            guard !blocks.isEmpty else { return }
            try stream.write(Data((separator + blocks.joined(separator: "\n\n")).utf8))
            separator = "\n\n"
            if isCase {
                done += 1
                sink.progress(ExportProgress(done: done, total: report.cases.count, unit: "cases"))
            }
        }
        try stream.write(Data("\n".utf8))
        try stream.finish()
    }

    /// The whole brief as one string. Throws what the chart plan throws when
    /// chart images are linked (an unknown or empty `--chart`, say).
    public func render(_ report: Report, options: ExportOptions) throws -> String {
        var blocks: [String] = []
        try emitBlocks(report, options: options) { part, _ in blocks += part }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// Hands the brief's blocks to `emit` in order, one part at a time: the
    /// opening, each case (`isCase`), the conclusions. Joined by blank lines
    /// they are the whole file.
    private func emitBlocks(
        _ report: Report, options: ExportOptions, emit: (_ blocks: [String], _ isCase: Bool) throws -> Void
    ) throws {
        var blocks: [String] = []
        let text = { (localized: LocalizedText) in MarkdownEscaping.escape(localized.text(in: options.language)) }
        let words = BriefWords.forLanguage(options.language)

        blocks.append("# " + text(report.title))
        if let subtitle = report.subtitle { blocks.append("**" + text(subtitle) + "**") }
        if let publisher = report.publisher { blocks.append("*" + text(publisher) + "*") }

        if !report.introduction.isEmpty || !report.figures.isEmpty {
            blocks.append("## " + MarkdownEscaping.escape(words.introduction))
            blocks += report.introduction.map(text)
            if let table = figureTable(report.figures, language: options.language) {
                blocks += ["### " + MarkdownEscaping.escape(words.atAGlance), table]
            }
        }

        let images = try MarkdownCharts.images(for: report, options: options)
        if !images.isEmpty {
            blocks.append("## " + MarkdownEscaping.escape(words.charts))
            blocks += images.map { "![\(MarkdownEscaping.escape($0.title))](\($0.path))" }
        }
        try emit(blocks, false)

        for (index, item) in report.cases.enumerated() {
            try emit(caseBlocks(item, number: index + 1, in: report, language: options.language), true)
        }

        blocks = []
        if !report.conclusions.isEmpty || !report.conclusionsPreamble.isEmpty {
            blocks.append("## " + MarkdownEscaping.escape(words.conclusions))
            blocks += report.conclusionsPreamble.map(text)
            blocks += report.conclusions.map { conclusion in
                let marker = "\(conclusion.rank). "
                // The text belongs to the item only when indented past its marker.
                let indent = String(repeating: " ", count: marker.count)
                return "\(marker)**\(text(conclusion.title))**\n\n\(indent)\(text(conclusion.text))"
            }
        }
        blocks += report.closing.map(text)
        try emit(blocks, false)
    }

    private func caseBlocks(_ item: Case, number: Int, in report: Report, language: String) -> [String] {
        let text = { (localized: LocalizedText) in MarkdownEscaping.escape(localized.text(in: language)) }
        let words = BriefWords.forLanguage(language)
        let word = { (word: String) in MarkdownEscaping.escape(word) }
        // Punctuation the brief adds is written as is: escaping trims the
        // space that English puts after a colon or before a bracket.
        let colon = words.colon
        let separator = words.listSeparator
        var blocks = ["## " + word(words.caseLabel(number)) + colon + text(item.city) + words.parenthesized(text(item.country))]

        var facts = ["- **\(word(words.practice))**" + colon + text(item.practice)]
        let awards = item.awards.map { id in report.award(id: id).map { text($0.shortName) } ?? MarkdownEscaping.escape(id) }
        if !awards.isEmpty { facts.append("- **\(word(words.awards))**" + colon + awards.joined(separator: separator)) }
        let goals = (item.sdgs.filter { $0.role == .primary } + item.sdgs.filter { $0.role != .primary }).map { tag in
            word(words.goalLabel(tag.goal) + " " + words.goalName(tag.goal) + words.parenthesized(tag.role == .primary ? words.primary : words.related))
        }
        if !goals.isEmpty { facts.append("- **\(word(words.goals))**" + colon + goals.joined(separator: separator)) }
        blocks.append(facts.joined(separator: "\n"))

        blocks.append("> **\(word(words.partnership))**" + colon + text(item.partnership))
        blocks += item.narrative.map(text)

        if let table = figureTable(item.figures, language: language) {
            blocks += ["### " + word(words.keyFigures), table]
        }
        if !item.milestones.isEmpty {
            blocks.append("### " + word(words.milestones))
            blocks.append(item.milestones.map { "- " + word(words.year($0.year)) + " " + text($0.event) }.joined(separator: "\n"))
        }
        if !item.partners.isEmpty {
            blocks.append("### " + word(words.partners))
            let sectors = Sector.known + item.partners.map(\.sector).filter { !$0.isKnown }
            var seen = Set<Sector>()
            let lines = sectors.filter { seen.insert($0).inserted }.compactMap { sector -> String? in
                let names = item.partners.filter { $0.sector == sector }.map { text($0.name) }
                return names.isEmpty ? nil : "- **\(word(words.sectorName(sector)))**" + colon + names.joined(separator: separator)
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks
    }

    /// Label, the figure as a reader of the language reads it, and the
    /// source's own words, so a reader can check every number against the text.
    private func figureTable(_ metrics: [Metric], language: String) -> String? {
        guard !metrics.isEmpty else { return nil }
        let words = BriefWords.forLanguage(language)
        let formatter = MetricFormatter(words: words)
        let header = [words.figureColumn, words.valueColumn, words.quoteColumn].map(MarkdownEscaping.escape).joined(separator: " | ")
        var rows = ["| \(header) |", "| --- | --- | --- |"]
        for metric in metrics {
            let cells = [metric.label.text(in: language), formatter.string(metric), metric.quote].map(MarkdownEscaping.escape)
            rows.append("| " + cells.joined(separator: " | ") + " |")
        }
        return rows.joined(separator: "\n")
    }
}
