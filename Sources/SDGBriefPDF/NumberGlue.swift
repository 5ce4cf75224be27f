/// Keeps figures whole at line ends.
///
/// Line breaking (UAX #14) allows a break between digits and a following
/// ideograph, so “1070万” could end a line at “1070”, and a range “2–4” after
/// its dash. A word joiner (U+2060) between them forbids that break and draws
/// nothing. Digit groups such as “312,369” need nothing: no break is allowed
/// inside them.
enum NumberGlue {
    static let joiner: Character = "\u{2060}"
    private static let scaleWords: Set<Character> = ["万", "亿", "%", "％", "倍"]
    private static let dashes: Set<Character> = ["–", "-", "—", "~", "～"]

    static func glue(_ text: String) -> String {
        // Every rule needs an ASCII digit; most of a brief's text has none,
        // and splitting it into characters was 7% of a PDF's time.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for (index, character) in characters.enumerated() {
            result.append(character)
            guard index + 1 < characters.count else { continue }
            let next = characters[index + 1]
            let bindsScale = isDigit(character) && scaleWords.contains(next)
            let bindsRange = (isDigit(character) && dashes.contains(next))
                || (dashes.contains(character) && isDigit(next) && index > 0 && isDigit(characters[index - 1]))
            if bindsScale || bindsRange { result.append(joiner) }
        }
        return result
    }

    private static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    /// The text without joiners, as a reader copies it.
    static func unglue(_ text: String) -> String {
        text.filter { $0 != joiner }
    }
}
