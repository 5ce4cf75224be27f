/// Keeps figures whole at line ends.
///
/// Line breaking (UAX #14) allows a break between digits and a following
/// ideograph, so “1070万” could end a line at “1070”, and a range “2–4” after
/// its dash. A word joiner (U+2060) between them forbids that break and draws
/// nothing. Digit groups such as “312,369” need nothing: no break is allowed
/// inside them.
enum NumberGlue {
    static let joiner: Character = "\u{2060}"
    private static let joinerScalar: Unicode.Scalar = "\u{2060}"
    private static let scaleWords: Set<Unicode.Scalar> = ["万", "亿", "%", "％", "倍"]
    private static let dashes: Set<Unicode.Scalar> = ["–", "-", "—", "~", "～"]

    /// Works on Unicode scalars, not characters: every rule is about single
    /// scalars (ASCII digits, these signs), and splitting a paragraph into
    /// grapheme clusters was most of the cost. A digit or sign that carries a
    /// combining mark is a different character, but its neighbours differ
    /// from the rule's, so no joiner lands inside a cluster.
    static func glue(_ text: String) -> String {
        // Every rule needs an ASCII digit; most of a brief's text has none,
        // and splitting it into characters was 7% of a PDF's time.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            result.append(scalar)
            guard index + 1 < scalars.count else { continue }
            let next = scalars[index + 1]
            let bindsScale = isDigit(scalar) && scaleWords.contains(next)
            let bindsRange = (isDigit(scalar) && dashes.contains(next))
                || (dashes.contains(scalar) && isDigit(next) && index > 0 && isDigit(scalars[index - 1]))
            if bindsScale || bindsRange { result.append(joinerScalar) }
        }
        return String(result)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// The text without joiners, as a reader copies it.
    static func unglue(_ text: String) -> String {
        text.filter { $0 != joiner }
    }
}
