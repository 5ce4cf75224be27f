import Foundation
import SDGBriefCore

/// Encodes records field by field straight into one reusable buffer of UTF-8
/// bytes, the same bytes `CSVCell.quotedField` spells out. No `String`, array
/// or cell is made per field: the tables of ten thousand cases have some two
/// hundred thousand rows, and making and freeing those was most of the time
/// of the CSV export.
final class CSVRecordEncoder {
    /// The records encoded so far are the first `count` bytes. Kept by
    /// pointer rather than in an array: every byte of every table is written
    /// here, in pieces of a dozen bytes on average, and an array's uniqueness
    /// and capacity checks on each write cost several times the copy
    /// (callgrind). Only this class writes through the pointer, and it frees
    /// the memory it allocated when it goes.
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// Where the text field being written started, while it is written in pieces.
    private var textStart = 0
    /// CRLF rather than LF.
    private let endsWithCR: Bool
    private var atRecordStart = true

    /// Starts a file: the profile's byte-order mark, if it has one, is its first bytes.
    init(profile: CSVProfile, capacity: Int = 4_096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        endsWithCR = profile == .excel
        // Excel reads a CSV without a byte-order mark in the local code page,
        // which garbles Chinese; the mark makes it read UTF-8.
        if profile == .excel { [0xEF, 0xBB, 0xBF].withUnsafeBufferPointer { write($0) } }
    }

    deinit {
        base.deallocate()
    }

    /// The records encoded so far.
    var data: Data {
        Data(bytes: base, count: count)
    }

    /// Hands the records encoded so far over as `Data` without copying them,
    /// and goes on in a buffer of its own. A batch is a quarter of a megabyte
    /// and a large table sixty of them; the `Data` frees the buffer when the
    /// file has been written.
    func takeData() -> Data {
        let taken = Data(bytesNoCopy: base, count: count, deallocator: .custom { bytes, _ in bytes.deallocate() })
        base = .allocate(capacity: capacity)
        count = 0
        return taken
    }

    func append(_ record: [CSVCell]) {
        for cell in record {
            switch cell {
            case .empty: empty()
            case .number(let value): number(value)
            case .text(let text): self.text(text)
            }
        }
        endRecord()
    }

    func endRecord() {
        if endsWithCR { write(0x0D) }
        write(0x0A)
        atRecordStart = true
    }

    func empty() {
        separate()
    }

    func number(_ value: Double?) {
        separate()
        guard let value else { return }
        // Numbers need neither quotes nor neutralising: the formatter writes
        // them straight into the buffer, with room for any number short
        // enough to be written without a string.
        if count + 32 > capacity { grow(toFit: 32) }
        if let written = MetricFormatter.writePlainNumber(value, into: UnsafeMutableBufferPointer(start: base + count, count: 32)) {
            count += written
        } else {
            writeUTF8(MetricFormatter.plainNumber(value))
        }
    }

    /// The digits of `value`; `number(Double(value))` gives the same below
    /// 9e15, where every count and year lies.
    func integer(_ value: Int?) {
        separate()
        if let value { writeInteger(value) }
    }

    func text(_ text: String) {
        separate()
        let written: Void? = text.utf8.withContiguousStorageIfAvailable { writeText($0) }
        if written == nil {
            // Only a string bridged from elsewhere has no contiguous UTF-8.
            beginText()
            writeUTF8(text)
            endText()
        }
    }

    /// A figure as `formatter.string(metric)` reads it, made without a string.
    func text(_ metric: Metric, formattedBy formatter: MetricFormatter) {
        separate()
        beginText()
        let room = MetricFormatter.typicalReadingLength
        if count + room > capacity { grow(toFit: room) }
        if let written = formatter.writeUTF8(metric, into: UnsafeMutableBufferPointer(start: base + count, count: capacity - count)) {
            count += written
        } else {
            writeUTF8(formatter.string(metric))
        }
        endText()
    }

    /// The items as one text field, with `separator` between them.
    func text(joining items: some Sequence<String>, separator: String) {
        separate()
        beginText()
        for (index, item) in items.enumerated() {
            if index > 0 { writeUTF8(separator) }
            writeUTF8(item)
        }
        endText()
    }

    /// The numbers, written as `integer` writes them, as one text field with
    /// `separator` between them.
    func text(joining numbers: some Sequence<Int>, separator: String) {
        separate()
        beginText()
        for (index, number) in numbers.enumerated() {
            if index > 0 { writeUTF8(separator) }
            writeInteger(number)
        }
        endText()
    }

    // Inlined: it runs for every field, and a call cost more than its test.
    @inline(__always)
    private func separate() {
        if atRecordStart {
            atRecordStart = false
        } else {
            write(UInt8(ascii: ","))
        }
    }

    // MARK: - Bytes

    // Inlined for the same reason as `separate`: it writes every comma and line end.
    @inline(__always)
    private func write(_ byte: UInt8) {
        if count == capacity { grow(toFit: 1) }
        base[count] = byte
        count += 1
    }

    private func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toFit: bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    private func writeInteger(_ value: Int) {
        if value.magnitude < 9_000_000_000_000_000 {
            writeDigits(Int64(value))
        } else {
            writeUTF8(MetricFormatter.plainNumber(Double(value)))
        }
    }

    /// Writes the decimal digits of `value`, with its sign: every count and
    /// year of every table, exactly, where the formatter takes a `Double`.
    private func writeDigits(_ value: Int64) {
        var rest = value.magnitude
        var length = value < 0 ? 2 : 1
        var bound: UInt64 = 10
        while rest >= bound, length < 20 {
            length += 1
            bound &*= 10
        }
        if count + length > capacity { grow(toFit: length) }
        var index = count + length
        repeat {
            index -= 1
            base[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        if value < 0 { base[count] = UInt8(ascii: "-") }
        count += length
    }

    /// Writes a whole text field, neutralised and quoted if it needs it.
    ///
    /// Copies eight bytes at a time and tests each word for a byte below
    /// 0x2D on the way (see `needsQuotes`), the last word overlapping the one
    /// before, instead of scanning the field and then copying it with
    /// `memcpy`: fields are a dozen bytes on average, and a call and a second
    /// pass cost more than the copy itself. The destination has room for the
    /// field before anything is stored. Inlined into `text`, which calls it
    /// for every field, to save the call.
    @inline(__always)
    private func writeText(_ field: UnsafeBufferPointer<UInt8>) {
        guard let source = field.baseAddress, let first = field.first else { return }
        let length = field.count
        if count + length > capacity { grow(toFit: length) }
        let target = UnsafeMutableRawPointer(base + count)
        var suspect = false
        if length >= 8 {
            let raw = UnsafeRawPointer(source)
            var offset = 0
            while true {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                target.storeBytes(of: word, toByteOffset: offset, as: UInt64.self)
                suspect = suspect || Self.hasByteBelow2D(word)
                if offset == length - 8 { break }
                offset = min(offset + 8, length - 8)
            }
        } else {
            for index in 0 ..< length {
                target.storeBytes(of: source[index], toByteOffset: index, as: UInt8.self)
                suspect = suspect || source[index] < 0x2D
            }
        }
        if Self.isFormulaTrigger(first) || (suspect && Self.needsQuotes(field)) {
            writeEscaped(field)
        } else {
            count += length
        }
    }

    private func writeUTF8(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ write($0) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { write($0) }
        }
    }

    private func grow(toFit extra: Int) {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + max(capacity, extra))
        larger.initialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity += max(capacity, extra)
    }

    // MARK: - Quoting

    private func beginText() {
        textStart = count
    }

    /// Neutralises and quotes the text field written in pieces since
    /// `beginText`. Few fields need either, so the field is written as it is
    /// and only one that needs it is written again.
    private func endText() {
        let start = textStart
        let field = UnsafeBufferPointer(start: base + start, count: count - start)
        guard !Self.isPlain(field) else { return }
        let raw = Array(field)
        count = start
        raw.withUnsafeBufferPointer { writeEscaped($0) }
    }

    /// Writes a text field neutralised and quoted as `CSVCell.quotedField` does.
    private func writeEscaped(_ field: UnsafeBufferPointer<UInt8>) {
        let quoted = Self.needsQuotes(field)
        if quoted { write(UInt8(ascii: "\"")) }
        if let first = field.first, Self.isFormulaTrigger(first) { write(UInt8(ascii: "'")) }
        guard quoted else {
            write(field)
            return
        }
        // The runs between inner quotes go as they are; each quote is doubled.
        var runStart = field.startIndex
        for index in field.indices where field[index] == UInt8(ascii: "\"") {
            write(UnsafeBufferPointer(rebasing: field[runStart ... index]))
            write(UInt8(ascii: "\""))
            runStart = index + 1
        }
        write(UnsafeBufferPointer(rebasing: field[runStart...]))
        write(UInt8(ascii: "\""))
    }

    // The triggers and the characters that need quotes are all ASCII, so
    // looking at bytes finds exactly the scalars `CSVCell` looks for.

    private static func isPlain(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = field.first else { return true }
        return !isFormulaTrigger(first) && !needsQuotes(field)
    }

    /// Whether the field holds a comma, a quote, CR or LF.
    private static func needsQuotes(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        // Each of them is below "-" (0x2D), and Chinese text and most ASCII are
        // not. So a field of eight bytes or more is first tested a word of
        // eight bytes at a time, the last word overlapping the one before, for
        // any byte below 0x2D; only when one has such a byte are its bytes
        // looked at one by one. Every text byte of every table passes here.
        let raw = UnsafeRawBufferPointer(field)
        if raw.count >= 8 {
            var offset = 0
            while true {
                if hasByteBelow2D(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { break }
                if offset == raw.count - 8 { return false }
                offset = min(offset + 8, raw.count - 8)
            }
        }
        for byte in raw where byte < 0x2D {
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0D || byte == 0x0A { return true }
        }
        return false
    }

    /// The has-less-than test of Bit Twiddling Hacks for 0x2D; exact for any
    /// bound up to 0x80, whatever the other bytes are.
    private static func hasByteBelow2D(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        return (word &- ones &* 0x2D) & ~word & (ones &* 0x80) != 0
    }

    private static func isFormulaTrigger(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}
