/// Finds runaway nesting before the YAML composer sees it: the composer
/// recurses once per level, so a few hundred thousand `[` would overflow the
/// stack and crash the process instead of producing an error.
enum NestingScanner {
    static let maximumDepth = 64

    /// The line where the text first nests deeper than `maximumDepth`, with the
    /// limit. Counts flow brackets outside quoted scalars, block-sequence dashes
    /// stacked at the start of a line (`- - - x`) and indentation (at most two
    /// columns a level is assumed). It counts structure, never length: a whole
    /// report written on one line (as JSON libraries write it) nests no deeper
    /// than the same report indented. It may overcount odd but valid files; it
    /// never lets a deeply nested one through.
    static func firstExcess(in text: String) -> (line: Int, limit: Int)? {
        firstExcess(in: text.utf8)
    }

    /// The same over UTF-8 bytes, for the fast path, which has no String.
    static func firstExcess(in bytes: some Sequence<UInt8>) -> (line: Int, limit: Int)? {
        var depth = 0
        var line = 1
        var quote: UInt8? = nil
        var previous: UInt8 = 0x0A
        var dashesOnLine = 0
        var indentation = 0
        var atLineStart = true
        // Only dashes before a line's first other character open block
        // sequences; later ones are minus signs and hyphens in plain text.
        var inLeadingDashes = true
        var escaped = false
        for byte in bytes {
            if byte == 0x0A {
                line += 1
                dashesOnLine = 0
                indentation = 0
                atLineStart = true
                inLeadingDashes = true
                previous = byte
                continue
            }
            if atLineStart {
                if byte == 0x20 {
                    indentation += 1
                    if indentation > 2 * maximumDepth { return (line, maximumDepth) }
                } else {
                    atLineStart = false
                }
            }
            if let open = quote {
                // In double quotes a backslash escapes the next character, so
                // "\\" ends at its second quote; in single quotes '' is an
                // escaped quote, and leaving and re-entering is harmless.
                if open == 0x22, byte == 0x5C {
                    escaped.toggle()
                } else {
                    if byte == open, !escaped { quote = nil }
                    escaped = false
                }
            } else {
                switch byte {
                case 0x22, 0x27:
                    // Only where a scalar can start; elsewhere a quote is part of plain text.
                    switch previous {
                    case 0x20, 0x09, 0x0A, 0x5B, 0x7B, 0x2C, 0x3A: quote = byte
                    default: break
                    }
                case 0x5B, 0x7B: depth += 1
                case 0x5D, 0x7D: depth = max(0, depth - 1)
                case 0x2D where inLeadingDashes && (previous == 0x20 || previous == 0x0A):
                    dashesOnLine += 1
                default: break
                }
                if byte != 0x20, byte != 0x2D { inLeadingDashes = false }
                if depth > maximumDepth || dashesOnLine > maximumDepth { return (line, maximumDepth) }
            }
            previous = byte
        }
        return nil
    }
}
