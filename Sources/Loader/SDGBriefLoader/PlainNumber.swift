/// The numbers of an ordinary report, read without Yams: Yams' conversions
/// strip `_` through Foundation and test for hex, octal and sexagesimal
/// forms, a quarter of the fast path's time over a report's tens of
/// thousands of figures and years.
///
/// Only forms where Yams' conversion ends in the very expression used here
/// are accepted, so the result is the same by construction; anything else
/// gives nil and goes to Yams.
enum PlainNumber {
    /// `0` or `-?[1-9][0-9]*`: Yams finds no `_`, no sign prefix it strips
    /// differently, no `0x`/`0o`/`0b`/`0` radix prefix and no `:`, and so
    /// returns `Int(text)`. (Yams reads `012` as octal and `-0` as nothing.)
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var digits = bytes[...]
        if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        guard let first = digits.first, digits.allSatisfy(isDigit),
            first != UInt8(ascii: "0") || bytes.count == 1
        else { return nil }
        return Int(String(decoding: bytes, as: UTF8.self))
    }

    /// `-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?`: not `.inf` or `.nan` in any
    /// case, no `_`, no `:`, so Yams returns `Double(text)`.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var rest = bytes[...]
        if rest.first == UInt8(ascii: "-") { rest = rest.dropFirst() }
        guard take(digits: &rest) else { return nil }
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            guard take(digits: &rest) else { return nil }
        }
        if rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            if rest.first == UInt8(ascii: "-") || rest.first == UInt8(ascii: "+") { rest = rest.dropFirst() }
            guard take(digits: &rest) else { return nil }
        }
        guard rest.isEmpty else { return nil }
        return Double(String(decoding: bytes, as: UTF8.self))
    }

    /// Drops one or more leading digits; false if there is none.
    private static func take(digits: inout Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let count = digits.prefix(while: isDigit).count
        digits = digits.dropFirst(count)
        return count > 0
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
