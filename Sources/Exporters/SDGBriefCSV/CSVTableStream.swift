import Foundation
import SDGBriefCore

/// Writes one table into an artifact stream a batch of rows at a time, so a
/// table's memory is one batch however many rows it has. A row is its fields
/// in order, then `endRow`.
struct CSVTableStream: TableRowWriter {
    /// Large enough that a write costs little per row, small enough to stay in
    /// cache; the same as the staged file's buffer, so a batch goes to it whole.
    static let batchSize = 256 * 1024
    /// Rows between progress reports: often enough for a display, rarely enough to cost nothing.
    static let progressInterval = 4_096

    let stream: any ArtifactStream
    private let encoder: CSVRecordEncoder
    private(set) var rowCount = 0
    /// Called with `rowCount` every `progressInterval` rows.
    var onProgress: ((Int) -> Void)?

    init(_ stream: any ArtifactStream, header: [String], profile: CSVProfile) {
        self.stream = stream
        // Room for a row of up to 64 KiB past the batch size, so a batch of
        // ordinary rows never grows the buffer (a longer row grows it once).
        encoder = CSVRecordEncoder(profile: profile, capacity: Self.batchSize + 64 * 1024)
        encoder.append(header.map(CSVCell.text))
    }

    mutating func text(_ text: String) { encoder.text(text) }

    mutating func text(_ metric: Metric, formattedBy formatter: MetricFormatter) { encoder.text(metric, formattedBy: formatter) }

    mutating func text(joining items: some Sequence<String>, separator: String) { encoder.text(joining: items, separator: separator) }

    mutating func number(_ value: Double?) { encoder.number(value) }

    mutating func integer(_ value: Int?) { encoder.integer(value) }

    mutating func empty() { encoder.empty() }

    mutating func endRow() throws {
        encoder.endRecord()
        rowCount += 1
        if encoder.count >= Self.batchSize { try flush() }
        if rowCount % Self.progressInterval == 0 { onProgress?(rowCount) }
    }

    mutating func finish() throws {
        try flush()
        try stream.finish()
    }

    /// Writes the rows not yet written, leaving the stream open.
    mutating func flush() throws {
        guard encoder.count > 0 else { return }
        try stream.write(encoder.takeData())
    }
}
