import Foundation
import SDGBriefCore

/// Encodes records straight into UTF-8 bytes, the same bytes
/// `CSVCell.quotedField` spells out, without making a `String` per field:
/// a table of ten thousand cases has some hundred thousand rows, and building
/// and joining strings for each was most of the time of the CSV export.
struct CSVRecordEncoder {
    let lineEnd: [UInt8]

    init(profile: CSVProfile) {
        lineEnd = profile == .excel ? [0x0D, 0x0A] : [0x0A]
    }

    /// The byte-order mark Excel needs to read UTF-8, or nothing.
    static func preamble(_ profile: CSVProfile) -> [UInt8] {
        profile == .excel ? [0xEF, 0xBB, 0xBF] : []
    }

    func append(_ record: [CSVCell], to buffer: inout [UInt8]) {
        for (index, cell) in record.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            switch cell {
            case .empty:
                break
            case .number(let value):
                buffer.append(contentsOf: MetricFormatter.plainNumber(value).utf8)
            case .text(var text):
                text.withUTF8 { bytes in Self.appendText(bytes, to: &buffer) }
            }
        }
        buffer.append(contentsOf: lineEnd)
    }

    private static func appendText(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        // The triggers and the characters that need quotes are all ASCII, so
        // looking at bytes finds exactly the scalars `CSVCell` looks for.
        let neutralised = bytes.first.map(isFormulaTrigger) ?? false
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        if needsQuotes { buffer.append(UInt8(ascii: "\"")) }
        if neutralised { buffer.append(UInt8(ascii: "'")) }
        if needsQuotes {
            for byte in bytes {
                buffer.append(byte)
                if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            }
            buffer.append(UInt8(ascii: "\""))
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    private static func isFormulaTrigger(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}
