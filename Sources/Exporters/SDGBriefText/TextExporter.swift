import Foundation
import SDGBriefCore

/// Writes the report as a plain-text brief, `<report id>.txt`, wrapped for a
/// terminal: every case with its goals, figures, milestones and partners,
/// then the conclusions. `sdgbrief show` prints the same text.
public struct TextExporter: Exporter {
    public let name = "text"
    public let summary = "A plain-text brief, wrapped for the terminal (TXT)"

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        [Artifact(path: "\(report.id).txt", text: render(report, width: options.textWidth, language: options.language))]
    }

    /// Writes the brief case by case as it is laid out.
    public func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws {
        let stream = try sink.begin("\(report.id).txt")
        var brief = BriefWriter(width: max(options.textWidth, 8), language: options.language)
        var done = 0
        try brief.write(report) { lines in
            guard lines.count > 1 else { return }
            try stream.write(Self.encode(lines.dropLast()))
            lines.removeFirst(lines.count - 1)
            done += 1
            sink.progress(ExportProgress(done: done, total: report.cases.count, unit: "cases"))
        }
        try stream.write(Self.encode(brief.lines))
        try stream.finish()
    }

    /// Lines as the file holds them: each ends with a line feed, the last too.
    private static func encode(_ lines: some Sequence<String>) -> Data {
        var text = lines.joined(separator: "\n")
        text += "\n"
        return Data(text.utf8)
    }

    /// The brief as text, wrapped to `width` columns (wide characters count two).
    public func render(_ report: Report, width: Int, language: String) -> String {
        var brief = BriefWriter(width: max(width, 8), language: language)
        brief.write(report)
        return brief.lines.joined(separator: "\n") + "\n"
    }
}
