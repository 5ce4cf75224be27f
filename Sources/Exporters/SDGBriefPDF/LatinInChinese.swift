/// Latin phrases and URLs inside justified Chinese prose.
///
/// Pango 1.50 justifies a line by widening its spaces when it has any, and
/// only otherwise by spacing every character a little: a line holding
/// “Eco-efficiency Ordinance” put all its slack into those two or three
/// spaces. Spaces here are four-per-em spaces (U+2005), which look like a
/// word space, allow a break, and are not stretched, so the slack is spread
/// over the whole line as in the rest of the Chinese text. A URL or a long
/// Latin word gets a zero-width space after each `/`, `-`, `.`, `_`, `?`,
/// `&` and `=`, where it may then break instead of leaving a short line
/// whose slack spreads over a few letters; a long word with none of those
/// may break every few letters. (Soft hyphens would be kinder, but Pango
/// 1.50 leaves the hyphen it adds out of a justified line's width, and it
/// printed past the margin.)
enum LatinInChinese {
    /// Letters between breaks in a long word, and at least half as many kept at its end.
    static let breakEvery = 6
    static let space: Unicode.Scalar = "\u{2005}"
    static let breakOpportunity: Unicode.Scalar = "\u{200B}"
    /// A Latin word of at least this many letters and signs may break inside.
    static let longWord = 20
    private static let breakAfter: Set<Unicode.Scalar> = ["/", "-", ".", "_", "?", "&", "="]

    static func prepare(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "/") }) else { return text }
        var result = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flushWord() {
            let breakable = word.count >= longWord || word.contains("/")
            let hyphenates = word.count >= longWord && !word.contains(where: breakAfter.contains)
            for (index, scalar) in word.enumerated() {
                result.append(scalar)
                if breakable, breakAfter.contains(scalar), index + 1 < word.count, !breakAfter.contains(word[index + 1]) {
                    result.append(breakOpportunity)
                }
                let done = index + 1
                if hyphenates, done % breakEvery == 0, word.count - done >= breakEvery / 2 {
                    result.append(breakOpportunity)
                }
            }
            word.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar != " " {
                word.append(scalar)
                continue
            }
            flushWord()
            result.append(scalar == " " ? space : scalar)
        }
        flushWord()
        return String(result)
    }
}
