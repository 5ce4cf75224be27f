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
        wrap(text, firstPrefix: firstPrefix, prefix: prefix, byCharacter: false)
    }

    /// `byCharacter` classifies every paragraph through `Character`, as the
    /// fast classification must agree with; the tests compare the two.
    func wrap(_ text: String, firstPrefix: String, prefix: String, byCharacter: Bool) -> [String] {
        var lines: [String] = []
        let firstLead = Lead(text: firstPrefix, width: width), lead = Lead(text: prefix, width: width)
        for paragraph in Self.paragraphs(of: text) {
            let units = byCharacter ? nil : Units(scalarsOf: paragraph)
            wrap(units ?? Units(charactersOf: paragraph), of: paragraph, first: firstLead, other: lead, into: &lines)
        }
        return lines
    }

    /// The text as unbreakable pieces, each with the spaces before it.
    static func pieces(of paragraph: Substring) -> [(separator: String, text: String)] {
        let units = Units(scalarsOf: paragraph) ?? Units(charactersOf: paragraph)
        return units.pieces().map { piece in
            (String(units.text(piece.separator, in: paragraph)), String(units.text(piece.text, in: paragraph)))
        }
    }

    /// A prefix and the columns left beside it.
    private struct Lead {
        var text: String
        var available: Int

        init(text: String, width: Int) {
            self.text = text
            available = max(1, width - EastAsianWidth.columns(of: text))
        }
    }

    /// The text between line feeds. A line feed is a character of its own
    /// except after a carriage return, with which it makes one (“\r\n”),
    /// which does not end a paragraph: as splitting at the `Character` “\n” does.
    static func paragraphs(of text: String) -> [Substring] {
        var paragraphs: [Substring] = []
        var start = text.startIndex
        var previous: UInt8 = 0
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n"), previous != UInt8(ascii: "\r") {
                paragraphs.append(text[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        paragraphs.append(text[start..<text.endIndex])
        return paragraphs
    }

    /// Lays out one paragraph: its unbreakable pieces, each with the spaces
    /// before it, fill lines; a Latin word wider than a line is cut. Every
    /// line is the paragraph's text between two of its characters, after its lead.
    private func wrap(_ units: Units, of paragraph: Substring, first: Lead, other: Lead, into lines: inout [String]) {
        func text(_ range: Range<Int>) -> Substring { units.text(range, in: paragraph) }
        var lead = first
        var line = 0..<0
        var lineWidth = 0
        var hasLine = false
        func flush() {
            var full = lead.text
            full.append(contentsOf: text(line))
            lines.append(full)
            lead = other
            hasLine = false
            line = 0..<0
            lineWidth = 0
        }
        for piece in units.pieces() {
            let pieceWidth = units.columns(in: piece.text)
            if hasLine {
                let joined = lineWidth + units.columns(in: piece.separator) + pieceWidth
                if joined <= lead.available {
                    line = line.lowerBound..<piece.text.upperBound
                    lineWidth = joined
                    continue
                }
                flush()
            }
            // Only a Latin word is cut; a number, or Chinese held together by
            // punctuation, sticks out rather than break a rule.
            var chunks = [piece.text]
            if pieceWidth > lead.available, piece.text.allSatisfy({ !units.has(.digit, $0) && units.columns[$0] == 1 }) {
                chunks = units.split(piece.text, available: lead.available, following: other.available)
            }
            for (index, chunk) in chunks.enumerated() {
                if index > 0 { flush() }
                line = chunk
                hasLine = !chunk.isEmpty
                lineWidth = units.columns(in: chunk)
            }
        }
        flush()
    }

    /// A paragraph's characters with what the rules need to know of each.
    struct Units {
        struct Kind: OptionSet, Sendable {
            let rawValue: UInt8
            static let whitespace = Kind(rawValue: 1)
            static let closing = Kind(rawValue: 2)
            static let opening = Kind(rawValue: 4)
            static let joiner = Kind(rawValue: 8)
            static let numberSuffix = Kind(rawValue: 16)
            static let digit = Kind(rawValue: 32)
        }

        var kinds: [Kind] = []
        var columns: [Int] = []
        /// Where each character's UTF-8 starts in the paragraph, and the paragraph's end.
        var offsets: [Int] = [0]

        var count: Int { kinds.count }

        func has(_ kind: Kind, _ index: Int) -> Bool { kinds[index].contains(kind) }

        /// The text of characters `range` of `paragraph`, the paragraph these units are of.
        func text(_ range: Range<Int>, in paragraph: Substring) -> Substring {
            let bytes = paragraph.utf8
            let lower = bytes.index(bytes.startIndex, offsetBy: offsets[range.lowerBound])
            let upper = bytes.index(lower, offsetBy: offsets[range.upperBound] - offsets[range.lowerBound])
            return Substring(bytes[lower..<upper])
        }

        func columns(in range: Range<Int>) -> Int {
            var total = 0
            for index in range { total += columns[index] }
            return total
        }

        private mutating func add(_ kind: Kind, columns width: Int, utf8 length: Int) {
            kinds.append(kind)
            columns.append(width)
            offsets.append(offsets[offsets.count - 1] + length)
        }

        /// Through `Character`: grapheme clusters, compared as Swift compares them.
        init(charactersOf paragraph: Substring) {
            for character in paragraph {
                var kind: Kind = []
                if character.isWhitespace { kind.insert(.whitespace) }
                if TextWrapper.closingPunctuation.contains(character) { kind.insert(.closing) }
                if TextWrapper.openingPunctuation.contains(character) { kind.insert(.opening) }
                if TextWrapper.joiners.contains(character) { kind.insert(.joiner) }
                if TextWrapper.numberSuffixes.contains(character) { kind.insert(.numberSuffix) }
                if character.isASCIIDigit { kind.insert(.digit) }
                add(kind, columns: EastAsianWidth.columns(of: character), utf8: character.utf8.count)
            }
        }

        /// Through scalars, for a paragraph whose every scalar is a character
        /// of its own and equal only to itself; nil for any other.
        ///
        /// Grapheme breaking and the canonical comparison of `Character`s are
        /// most of the wrapper's time otherwise. Within `simpleRanges` no
        /// scalar joins its neighbours into a cluster (no marks, joiners,
        /// Hangul jamo, regional indicators, carriage returns) and none has a
        /// canonical equivalent, so scalars and characters coincide.
        init?(scalarsOf paragraph: Substring) {
            kinds.reserveCapacity(paragraph.utf8.count)
            columns.reserveCapacity(paragraph.utf8.count)
            offsets.reserveCapacity(paragraph.utf8.count + 1)
            for scalar in paragraph.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    guard value >= 0x20, value < 0x7F else { return nil }
                } else {
                    guard Self.isSimple(value) else { return nil }
                }
                let kind = Self.kind(of: value)
                add(kind, columns: EastAsianWidth.columns(of: scalar), utf8: UTF8.width(scalar))
            }
        }

        static let simpleRanges: [ClosedRange<UInt32>] = [
            0x00A0...0x02FF,  // Latin-1 and Latin Extended letters and signs, spacing modifiers
            0x2010...0x2027,  // dashes, quotation marks, ellipsis
            0x2030...0x205E,  // per mille, primes, other punctuation
            0x3000...0x3029,  // CJK symbols and punctuation (U+302A–302F are marks)
            0x3030...0x303F,
            0x3041...0x3096,  // hiragana (U+3099–309A are marks)
            0x30A0...0x30FF,  // katakana
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xFF01...0xFF60,  // fullwidth forms (U+FF9E–FF9F are marks)
            0xFFE0...0xFFE6,
        ]

        static func isSimple(_ value: UInt32) -> Bool {
            if value >= 0x4E00 && value <= 0x9FFF { return true }
            return simpleRanges.contains { $0.contains(value) }
        }

        /// The kind of the character that is the one scalar `value`: the
        /// wrapper's sets written as scalars, which the tests hold against
        /// the sets for every scalar this path takes. A switch, not tables
        /// made from the sets, which cost more to make than a text export
        /// spends wrapping.
        static func kind(of value: UInt32) -> Kind {
            switch value {
            case 0x30...0x39: .digit
            case 0x20, 0xA0, 0x3000: .whitespace
            case 0x25, 0xFF05: [.closing, .numberSuffix]
            case 0x2C, 0x2E, 0x3B, 0x3A, 0x3F, 0x21, 0x29, 0x5D, 0x7D,
                0xFF0C, 0x3002, 0x3001, 0xFF1B, 0xFF1A, 0xFF1F, 0xFF01, 0xFF09, 0x300D, 0x300F, 0x201D, 0x2019,
                0x300B, 0x3009, 0x3011, 0x3015, 0x2026, 0x2025, 0xFE50, 0xFE51, 0xFE52, 0xFF61, 0xFF64:
                .closing
            case 0x28, 0x5B, 0x7B, 0xFF08, 0x300C, 0x300E, 0x201C, 0x2018, 0x300A, 0x3008, 0x3010, 0x3014: .opening
            case 0x2D, 0x7E, 0x2F, 0xB7, 0x2013, 0x2014, 0x2015, 0xFF5E, 0xFF0F, 0x30FB: .joiner
            case 0x2030, 0x4E07, 0x4EBF: .numberSuffix
            default: []
            }
        }

        /// Whether a line may break between characters `before` and `after` with no space between them.
        func canBreak(between before: Int, and after: Int) -> Bool {
            if has(.closing, after) || has(.opening, before) { return false }
            if has(.joiner, before) || has(.joiner, after) { return false }
            if has(.digit, before), has(.numberSuffix, after) { return false }
            // Latin letters, digits and their punctuation form words that break at spaces only.
            return columns[before] > 1 || columns[after] > 1
        }

        /// The paragraph as unbreakable pieces, each with the spaces before it,
        /// as ranges of characters: a piece's spaces come right before its text.
        func pieces() -> [(separator: Range<Int>, text: Range<Int>)] {
            var pieces: [(separator: Range<Int>, text: Range<Int>)] = []
            var spaceStart = 0
            var open = false
            for index in 0..<count {
                if has(.whitespace, index) {
                    open = false
                    continue
                }
                if open, !canBreak(between: index - 1, and: index) {
                    pieces[pieces.count - 1].text = pieces[pieces.count - 1].text.lowerBound..<index + 1
                } else if !open, !pieces.isEmpty, has(.closing, index) {
                    // “word ，”: closing punctuation after a space still may not start a line.
                    pieces[pieces.count - 1].text = pieces[pieces.count - 1].text.lowerBound..<index + 1
                } else {
                    pieces.append((spaceStart..<index, index..<index + 1))
                }
                spaceStart = index + 1
                open = true
            }
            return pieces
        }

        /// Cuts a word wider than the line into line-wide chunks, keeping closing
        /// punctuation off the start of a chunk.
        func split(_ word: Range<Int>, available first: Int, following: Int) -> [Range<Int>] {
            var chunks: [Range<Int>] = []
            var chunk = word.lowerBound..<word.lowerBound
            var chunkWidth = 0
            var available = first
            for index in word {
                if chunkWidth + columns[index] > available, !chunk.isEmpty {
                    var carried = chunk.upperBound..<chunk.upperBound
                    if has(.closing, index), chunk.count > 1 {
                        carried = chunk.upperBound - 1..<chunk.upperBound
                        chunk = chunk.lowerBound..<chunk.upperBound - 1
                    }
                    chunks.append(chunk)
                    available = following
                    chunk = carried
                    chunkWidth = columns(in: carried)
                }
                chunk = chunk.lowerBound..<index + 1
                chunkWidth += columns[index]
            }
            if !chunk.isEmpty { chunks.append(chunk) }
            return chunks
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
