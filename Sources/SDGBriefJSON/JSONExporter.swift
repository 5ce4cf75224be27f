import Foundation
import SDGBriefCore

/// Writes the report model itself as JSON, `<report id>.json`, with its
/// `schemaVersion`: the same schema `sdgbrief` reads, so the file loads back.
public struct JSONExporter: Exporter {
    public let name = "json"
    public let summary = "The report model, loadable again by sdgbrief (JSON)"

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        let encoder = JSONEncoder()
        // Sorted keys make the output byte-identical run to run and diff well.
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(0x0A)
        return [Artifact(path: "\(report.id).json", contents: data)]
    }
}
