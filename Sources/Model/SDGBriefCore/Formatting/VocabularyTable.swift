/// A fixed table from the codes of a vocabulary (`MetricUnit`, `Qualifier`)
/// to values, looked up without hashing the code.
///
/// Written by hand rather than using `Dictionary`, which hashes the whole
/// code with SipHash on every lookup: that cost more than the rest of writing
/// a figure (callgrind: some 400 instructions a lookup, against about 60
/// here), and a large CSV export looks up the unit and the qualifier of a
/// hundred thousand figures. Codes are few and short, so their length and
/// first and last bytes spread them over the slots, and open addressing over
/// a table four times their number finds most at the first slot tried.
struct VocabularyTable<Code: RawRepresentable<String> & Hashable, Value> {
    private var slots: [(code: String, value: Value)?]
    private let mask: Int

    init(_ entries: [Code: Value]) {
        var size = 8
        while size < entries.count * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: nil, count: size)
        for (code, value) in entries {
            var slot = Self.spread(code.rawValue) & mask
            while slots[slot] != nil { slot = (slot + 1) & mask }
            slots[slot] = (code.rawValue, value)
        }
    }

    subscript(code: Code) -> Value? {
        let raw = code.rawValue
        var slot = Self.spread(raw) & mask
        while let entry = slots[slot] {
            if entry.code == raw { return entry.value }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func spread(_ code: String) -> Int {
        code.utf8.withContiguousStorageIfAvailable(spreadBytes) ?? Array(code.utf8).withUnsafeBufferPointer(spreadBytes)
    }
}

// Outside the generic type, so that passing it as a closure captures no metatype.
private func spreadBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let first = bytes.first, let last = bytes.last else { return 0 }
    return bytes.count &* 61 &+ Int(first) &* 7 &+ Int(last)
}

extension VocabularyTable: Sendable where Value: Sendable {}
