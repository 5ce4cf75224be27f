import Foundation
import SDGBriefCore

/// Writes one table into an artifact stream a batch of rows at a time, so a
/// table's memory is one batch however many rows it has.
struct CSVTableStream {
    /// Large enough that a write costs little per row, small enough to stay in cache.
    static let batchSize = 256 * 1024

    let stream: any ArtifactStream
    let encoder: CSVRecordEncoder
    private var buffer: [UInt8] = []
    private(set) var rowCount = 0

    init(_ stream: any ArtifactStream, header: [String], profile: CSVProfile) {
        self.stream = stream
        encoder = CSVRecordEncoder(profile: profile)
        buffer.reserveCapacity(Self.batchSize + 4_096)
        buffer += CSVRecordEncoder.preamble(profile)
        encoder.append(header.map(CSVCell.text), to: &buffer)
    }

    mutating func write(_ row: [CSVCell]) throws {
        encoder.append(row, to: &buffer)
        rowCount += 1
        if buffer.count >= Self.batchSize { try flush() }
    }

    mutating func finish() throws {
        try flush()
        try stream.finish()
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try stream.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
