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

    /// The brief as text, wrapped to `width` columns (wide characters count two).
    public func render(_ report: Report, width: Int, language: String) -> String {
        var brief = BriefWriter(width: max(width, 8), language: language)
        brief.write(report)
        return brief.lines.joined(separator: "\n") + "\n"
    }
}
