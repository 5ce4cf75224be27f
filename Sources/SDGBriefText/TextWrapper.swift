/// Breaks text into lines no wider than a number of terminal columns, by the
/// rules of Chinese line breaking (a simplified 禁则, kinsoku) and of Latin text.
///
/// - Chinese breaks between any two characters; Latin words break at spaces
///   only, unless a word alone is wider than the line.
/// - A number stays whole with its separators and its %/％/万/亿 (“1,070万”, “26%”).
/// - No line starts with closing punctuation (，。、）」…) and none ends with
///   opening punctuation (（「“).
/// - Dashes, slashes and middle dots hold their neighbours (“2007年-2017年”, “吨/年”).
///
/// Wide characters count two columns (see `EastAsianWidth`). Spaces at a
/// break are dropped; a newline in the text forces a break.
public struct TextWrapper: Sendable {
    public var width: Int

    public init(width: Int) {
        self.width = width
    }

    /// May not begin a line.
    public static let closingPunctuation: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "”", "’", "》", "〉", "】", "〕", "…", "‥",
        "％", "﹐", "﹑", "﹒", "｡", "､",
        // ASCII quotes are left out: the same mark opens and closes, so no rule fits both.
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]

    /// May not end a line.
    public static let openingPunctuation: Set<Character> = [
        "（", "「", "『", "“", "‘", "《", "〈", "【", "〔", "(", "[", "{",
    ]

    /// Hold the characters on both sides of them together.
    static let joiners: Set<Character> = ["-", "–", "—", "―", "~", "～", "/", "／", "·", "・"]

    /// Stay with the digits before them.
    static let numberSuffixes: Set<Character> = ["%", "％", "‰", "万", "亿"]

    /// The lines of `text`. `firstPrefix` starts the first line of each
    /// paragraph and `prefix` every other line (for indents and list markers);
    /// both count towards the width.
    public func wrap(_ text: String, firstPrefix: String = "", prefix: String = "") -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let pieces = Self.pieces(of: paragraph)
            var line = ""
            var lineWidth = 0
            var lead = firstPrefix
            var available: Int { max(1, width - EastAsianWidth.columns(of: lead)) }
            func flush() {
                lines.append(lead + line)
                lead = prefix
                line = ""
                lineWidth = 0
            }
            for piece in pieces {
                let pieceWidth = EastAsianWidth.columns(of: piece.text)
                if !line.isEmpty {
                    let joined = lineWidth + EastAsianWidth.columns(of: piece.separator) + pieceWidth
                    if joined <= available {
                        line += piece.separator + piece.text
                        lineWidth = joined
                        continue
                    }
                    flush()
                }
                var chunks = [piece.text]
                // Only a Latin word is cut; a number, or Chinese held together by
                // punctuation, sticks out rather than break a rule.
                if pieceWidth > available, piece.text.allSatisfy({ !$0.isASCIIDigit && EastAsianWidth.columns(of: $0) == 1 }) {
                    chunks = Self.split(piece.text, available: available, following: max(1, width - EastAsianWidth.columns(of: prefix)))
                }
                for (index, chunk) in chunks.enumerated() {
                    if index > 0 { flush() }
                    line = chunk
                    lineWidth = EastAsianWidth.columns(of: chunk)
                }
            }
            flush()
        }
        return lines
    }

    /// Whether a line may break between `before` and `after` with no space between them.
    static func canBreak(between before: Character, and after: Character) -> Bool {
        if closingPunctuation.contains(after) || openingPunctuation.contains(before) { return false }
        if joiners.contains(before) || joiners.contains(after) { return false }
        if before.isASCIIDigit, numberSuffixes.contains(after) { return false }
        // Latin letters, digits and their punctuation form words that break at spaces only.
        return EastAsianWidth.columns(of: before) > 1 || EastAsianWidth.columns(of: after) > 1
    }

    /// The text as unbreakable pieces, each with the spaces before it.
    static func pieces(of paragraph: Substring) -> [(separator: String, text: String)] {
        var pieces: [(separator: String, text: String)] = []
        var pendingSpace = ""
        var open = false
        var previous: Character?
        for character in paragraph {
            if character.isWhitespace {
                pendingSpace.append(character)
                open = false
                continue
            }
            if open, let before = previous, !canBreak(between: before, and: character) {
                pieces[pieces.count - 1].text.append(character)
            } else if !open, !pieces.isEmpty, closingPunctuation.contains(character) {
                // “word ，”: closing punctuation after a space still may not start a line.
                pieces[pieces.count - 1].text += pendingSpace + String(character)
                pendingSpace = ""
            } else {
                pieces.append((pendingSpace, String(character)))
                pendingSpace = ""
            }
            open = true
            previous = character
        }
        return pieces
    }

    /// Cuts a word wider than the line into line-wide chunks, keeping closing
    /// punctuation off the start of a chunk.
    static func split(_ word: String, available first: Int, following: Int) -> [String] {
        var chunks: [String] = []
        var chunk = ""
        var chunkWidth = 0
        var available = first
        for character in word {
            let columns = EastAsianWidth.columns(of: character)
            if chunkWidth + columns > available, !chunk.isEmpty {
                var carried = ""
                if closingPunctuation.contains(character), chunk.count > 1 {
                    carried = String(chunk.removeLast())
                }
                chunks.append(chunk)
                available = following
                chunk = carried
                chunkWidth = EastAsianWidth.columns(of: carried)
            }
            chunk.append(character)
            chunkWidth += columns
        }
        if !chunk.isEmpty { chunks.append(chunk) }
        return chunks
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
