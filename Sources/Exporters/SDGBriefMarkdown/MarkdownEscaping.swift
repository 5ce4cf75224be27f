/// Makes report text literal in CommonMark (and in GitHub's tables), so that a
/// case called `*bold* [x](y) <b>` reads as typed instead of turning into
/// emphasis, a link or raw HTML.
///
/// Every ASCII punctuation character may be backslash-escaped in CommonMark,
/// but escaping all of them would make the Markdown source hard to read
/// (“2\.5”); only the characters that can start or end markup are escaped.
enum MarkdownEscaping {
    /// Markup anywhere in a line: emphasis, code, links, images, raw HTML,
    /// entities, table cells, headings' closing sequences, strikethrough.
    static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#"]
    /// Markup only at the start of a line: list bullets and setext underlines.
    static let lineStartSpecials: Set<Character> = ["+", "-", "="]

    /// `text` as one line of literal Markdown text, whitespace at either end
    /// trimmed (leading spaces would make an indented code block). Line breaks
    /// become spaces: inside a heading, a quote or a table row a break would
    /// start a new block whose first characters the report, not we, decide.
    static func escape(_ text: String) -> String {
        let oneLine = text.split(omittingEmptySubsequences: true, whereSeparator: { $0.isNewline }).joined(separator: " ")
        let trimmed = oneLine.trimmingCharacters(in: .whitespaces)
        var result = ""
        result.reserveCapacity(trimmed.utf8.count)
        for (offset, character) in trimmed.enumerated() {
            if inlineSpecials.contains(character) || (offset == 0 && lineStartSpecials.contains(character)) {
                result.append("\\")
            }
            result.append(character)
        }
        return escapingOrderedListMarker(result)
    }

    /// “2030. Goals” at the start of a line would begin an ordered list.
    private static func escapingOrderedListMarker(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return text }
        let rest = text.dropFirst(digits.count)
        // Only a marker followed by a space or the end starts a list: “2.5万” does not.
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first?.isWhitespace ?? true else {
            return text
        }
        return digits + "\\" + rest
    }
}
