/// What worksheets need of text: XML escaping into a byte buffer, the width a
/// text takes in a column, and column letters.
enum XLSXText {
    /// Appends `text` escaped for XML element content. Characters XML 1.0
    /// cannot hold at all are written as Office's `_xHHHH_`; a carriage return
    /// as a character reference, which parsers keep rather than turn into a
    /// line feed.
    static func appendEscaped(_ text: String, to buffer: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): buffer.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): buffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): buffer.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): buffer.append(contentsOf: "&quot;".utf8)
            case 0x0D: buffer.append(contentsOf: "&#13;".utf8)
            case 0x09, 0x0A: buffer.append(byte)
            case 0x00 ..< 0x20:
                let hex = String(byte, radix: 16, uppercase: true)
                buffer.append(contentsOf: "_x\(String(repeating: "0", count: 4 - hex.count))\(hex)_".utf8)
            default: buffer.append(byte)
            }
        }
    }

    static func escaped(_ text: String) -> String {
        var buffer: [UInt8] = []
        appendEscaped(text, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Whether Excel would trim or fold the text's whitespace unless told to keep it.
    static func needsPreserve(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return first.properties.isWhitespace || last.properties.isWhitespace || text.utf8.contains(0x0A) || text.utf8.contains(0x09)
    }

    /// The width of the longest line of `text` in character widths of the
    /// default font: a Chinese (or other wide) character counts two.
    static func width(_ text: String) -> Double {
        var widest = 0
        var line = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                widest = max(widest, line)
                line = 0
            } else {
                line += isWide(scalar) ? 2 : 1
            }
        }
        return Double(max(widest, line))
    }

    /// East Asian wide and full-width characters, by the blocks that hold them.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100 ... 0x115F, 0x2E80 ... 0x303E, 0x3041 ... 0x33FF, 0x3400 ... 0x4DBF, 0x4E00 ... 0x9FFF,
             0xA000 ... 0xA4CF, 0xAC00 ... 0xD7A3, 0xF900 ... 0xFAFF, 0xFE30 ... 0xFE4F, 0xFF00 ... 0xFF60,
             0xFFE0 ... 0xFFE6, 0x20000 ... 0x3FFFD:
            true
        default:
            false
        }
    }

    /// `A` for column 0, `Z` for 25, `AA` for 26.
    static func columnLetters(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }
}
