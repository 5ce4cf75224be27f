/// Text that came from a file or another program, made safe to print on one
/// terminal line: control characters, line and paragraph separators and
/// bidirectional overrides are written as `\u{…}`, so that one problem stays
/// one line and nothing the input says can repaint the user's terminal.
public enum TerminalText {
    public static func singleLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
