import Foundation
import SDGBriefCore

/// Writes the report model itself as JSON, `<report id>.json`, with its
/// `schemaVersion`: the same schema `sdgbrief` reads, so the file loads back.
public struct JSONExporter: Exporter {
    public let name = "json"
    public let summary = "The report model, loadable again by sdgbrief (JSON)"

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        try collectingArtifacts(report, options: options)
    }

    /// Writes the same bytes as encoding the whole report at once, a case at
    /// a time: `JSONEncoder` builds its whole output, and a tree of every
    /// value before that, which for ten thousand cases was some 300 MB. The
    /// report without its cases is encoded once, and each case alone is
    /// indented into its place in the `cases` list.
    public func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws {
        let stream = try sink.begin("\(report.id).json")
        let encoder = Self.encoder()
        var frame = report
        frame.cases = []
        var skeleton = try encoder.encode(frame)
        skeleton.append(0x0A)
        guard !report.cases.isEmpty else {
            try stream.write(skeleton)
            try stream.finish()
            return
        }
        let (head, tail) = try Self.split(skeleton)
        try stream.write(head)
        for (index, item) in report.cases.enumerated() {
            var block = Data(index == 0 ? "\n".utf8 : ",\n".utf8)
            let encoded = try encoder.encode(item)
            for line in encoded.split(separator: 0x0A, omittingEmptySubsequences: false) {
                if line.startIndex != encoded.startIndex { block.append(0x0A) }
                // The encoder leaves the inside of an empty list blank, unindented.
                if !line.isEmpty { block.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
                block.append(line)
            }
            try stream.write(block)
            if index % 256 == 255 { sink.progress(ExportProgress(done: index + 1, total: report.cases.count, unit: "cases")) }
        }
        try stream.write(Data("\n  ]".utf8))
        try stream.write(tail)
        try stream.finish()
    }

    /// The encoded report without cases, cut where its cases go: the head
    /// ends with the list's opening bracket, the tail starts after its
    /// closing one. An encoder that lays out the empty list otherwise is an
    /// error here rather than a file silently without its cases.
    static func split(_ skeleton: Data) throws -> (head: Data, tail: Data) {
        let emptyCases = Data("\n  \"cases\" : [\n\n  ]".utf8)
        guard let hole = skeleton.range(of: emptyCases) else {
            // A fault of this program, not of the report: reported as an internal error.
            throw EncodingError.invalidValue(skeleton, EncodingError.Context(
                codingPath: [], debugDescription: "the JSON encoder laid out the empty list of cases in a way this exporter does not know"))
        }
        return (Data(skeleton[..<(hole.upperBound - 5)]), Data(skeleton[hole.upperBound...]))
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        // Sorted keys make the output byte-identical run to run and diff well.
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}
