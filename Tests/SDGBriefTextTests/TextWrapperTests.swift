@testable import SDGBriefText
import Testing

@Suite struct TextWrapperTests {
    static let chinese = "全球范围内，受新冠肺炎疫情影响，可持续发展目标的进展已经停滞甚至逆转。按目前速度，鲜有国家能在2030年的截止日期前实现可持续发展目标。"
    static let mixed = "“红树林恢复”项目（Mangrove Restoration Project）使超过312,369人受益，约1070万美元的资金来自GCF和UN-Habitat；恢复了超过50公顷的红树林，产量提高了26%，每年减少350吨/年的排放。"
    static let latin = "The Urban Wage Employment Initiative gave work to returning migrants within weeks, at a daily wage of 300 rupees."
    static let punctuationHeavy = "城市（包括城镇）、社区「居民」：“公平”！《报告》……结束。（注）"

    func columns(_ line: String) -> Int { EastAsianWidth.columns(of: line) }

    @Test func chineseFillsEachLineToTheWidth() {
        let lines = TextWrapper(width: 20).wrap(Self.chinese)
        // A line falls short only where punctuation holds the next character to it.
        #expect(lines.dropLast().allSatisfy { columns($0) >= 16 && columns($0) <= 20 })
        #expect(lines.joined() == Self.chinese)
        #expect(lines[0] == "全球范围内，受新冠肺")
    }

    @Test func shortTextIsOneLine() {
        #expect(TextWrapper(width: 80).wrap("城市伙伴关系") == ["城市伙伴关系"])
        #expect(TextWrapper(width: 80).wrap("") == [""])
    }

    // “肺炎疫情影响，” must not leave “，” at the start of the next line.
    @Test func closingPunctuationNeverStartsALine() {
        let text = "一二三四五六七八九，十"  // “，” falls on column 19–20 at width 18
        let lines = TextWrapper(width: 18).wrap(text)
        #expect(lines == ["一二三四五六七八", "九，十"])
    }

    @Test func openingPunctuationNeverEndsALine() {
        let text = "一二三四五六七八（九）"
        let lines = TextWrapper(width: 18).wrap(text)
        #expect(lines == ["一二三四五六七八", "（九）"])
    }

    @Test func numbersStayWhole() {
        let text = "受益人数超过312,369人"
        for width in 8...24 {
            let lines = TextWrapper(width: width).wrap(text)
            #expect(lines.contains { $0.contains("312,369") }, "width \(width): \(lines)")
        }
        let money = "资金约1,070万美元和26%和26％"
        for width in 6...30 {
            let joined = TextWrapper(width: width).wrap(money).joined(separator: "|")
            #expect(joined.contains("1,070万") && joined.contains("26%") && joined.contains("26％"), "width \(width): \(joined)")
        }
    }

    @Test func yearRangesHoldTogetherAtTheirDash() {
        let lines = TextWrapper(width: 12).wrap("项目于2007年-2017年实施")
        #expect(lines.joined(separator: "|").contains("年-2017"))
    }

    @Test func latinBreaksAtSpacesOnly() {
        let lines = TextWrapper(width: 40).wrap(Self.latin)
        #expect(lines == [
            "The Urban Wage Employment Initiative",
            "gave work to returning migrants within",
            "weeks, at a daily wage of 300 rupees.",
        ])
    }

    @Test func aLatinWordWiderThanTheLineIsSplit() {
        let lines = TextWrapper(width: 10).wrap("see Internationalization")
        #expect(lines == ["see", "Internatio", "nalization"])
    }

    @Test func splitWordKeepsClosingPunctuationOffTheNextLine() {
        let lines = TextWrapper(width: 5).wrap("abcde,")
        #expect(lines == ["abcd", "e,"])
    }

    @Test func mixedTextAtWidth40() {
        let lines = TextWrapper(width: 40).wrap(Self.mixed)
        #expect(lines.allSatisfy { columns($0) <= 40 })
        #expect(lines.joined(separator: "|").contains("Restoration"))
        #expect(lines.joined(separator: "|").contains("312,369"))
    }

    @Test func prefixesIndentAndCountTowardsTheWidth() {
        let lines = TextWrapper(width: 20).wrap("一二三四五六七八九十一二三四五六七八九十", firstPrefix: "  - ", prefix: "    ")
        #expect(lines == ["  - 一二三四五六七八", "    九十一二三四五六", "    七八九十"])
    }

    @Test func newlinesForceBreaks() {
        #expect(TextWrapper(width: 80).wrap("第一段\n第二段") == ["第一段", "第二段"])
    }

    @Test func spaceBeforeClosingPunctuationDoesNotAllowABreak() {
        let lines = TextWrapper(width: 6).wrap("abcdef ,x")
        #expect(lines.allSatisfy { !$0.hasPrefix(",") })
    }

    // The rules hold at every width, for every kind of text.
    @Test(arguments: [chinese, mixed, latin, punctuationHeavy])
    func invariantsHoldAtEveryWidth(_ text: String) {
        for width in 4...100 {
            let lines = TextWrapper(width: width).wrap(text)
            let context = "width \(width): \(lines)"
            for line in lines {
                if columns(line) > width {
                    // Only a piece that cannot be broken may stick out.
                    let pieces = TextWrapper.pieces(of: Substring(line))
                    #expect(pieces.count == 1, "\(context)")
                }
                if let first = line.first { #expect(!TextWrapper.closingPunctuation.contains(first), "\(context)") }
                if let last = line.last, line != lines.last { #expect(!TextWrapper.openingPunctuation.contains(last), "\(context)") }
                #expect(line.first?.isWhitespace != true && line.last?.isWhitespace != true, "\(context)")
            }
            for number in ["312,369", "1070万", "26%", "2030", "300"] where text.contains(number) {
                #expect(lines.contains { $0.contains(number) }, "\(number) split, \(context)")
            }
            #expect(lines.joined().filter { !$0.isWhitespace } == text.filter { !$0.isWhitespace }, "\(context)")
        }
    }

    @Test(arguments: [20, 40, 80])
    func bundledWidthsStayWithinBounds(_ width: Int) {
        for text in [Self.chinese, Self.mixed, Self.punctuationHeavy] {
            #expect(TextWrapper(width: width).wrap(text).allSatisfy { columns($0) <= width })
        }
    }
}

/// The wrapper as it was before it classified characters once per paragraph
/// and worked on their positions: every rule by `Character`. The wrapper must
/// lay out any text exactly as this did.
private struct CharacterWrapper {
    var width: Int

    func wrap(_ text: String, firstPrefix: String = "", prefix: String = "") -> [String] {
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
                if pieceWidth > available, piece.text.allSatisfy({ !("0"..."9").contains($0) && EastAsianWidth.columns(of: $0) == 1 }) {
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
        if TextWrapper.closingPunctuation.contains(after) || TextWrapper.openingPunctuation.contains(before) { return false }
        if TextWrapper.joiners.contains(before) || TextWrapper.joiners.contains(after) { return false }
        if ("0"..."9").contains(before), TextWrapper.numberSuffixes.contains(after) { return false }
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
            } else if !open, !pieces.isEmpty, TextWrapper.closingPunctuation.contains(character) {
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
                if TextWrapper.closingPunctuation.contains(character), chunk.count > 1 {
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

@Suite struct TextWrapperReferenceTests {
    /// Characters that exercise every rule and every way a paragraph leaves
    /// the scalar path: marks, joiners, emoji, Hangul, CR LF, tabs, canonical equivalents.
    static let alphabet: [String] = [
        "城", "市", "伙", "伴", "关", "系", "万", "亿", "年", "，", "。", "、", "：", "（", "）", "「", "」", "“", "”", "《", "》",
        "…", "％", "‰", "—", "–", "-", "/", "／", "·", "・", "～", "~", " ", " ", " ", "\u{3000}", "\u{A0}", "\n", "\n",
        "a", "b", "c", "Word", "word", "Initiative", "0", "1", "2", "9", ",", ".", "%", "(", ")", "[", "]", "!", "?", ";", ":",
        "é", "e\u{301}", "\u{2329}", "\u{3008}", "\u{37E}", "\u{387}", "\t", "\r\n", "\r", "👩‍👩‍👧", "🇨🇳", "🇨", "한", "\u{1100}\u{1161}",
        "\u{FE50}", "\u{FF61}", "\u{200B}", "\u{AD}", "か", "\u{3099}", "ｶ", "\u{FF9E}", "\u{20000}", "ü", "Ω", "\u{2126}",
    ]

    @Test func laysOutAnyTextAsTheCharacterWrapperDid() {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        for round in 0..<3000 {
            let plain = round % 3 == 0
            var text = ""
            for _ in 0..<next(60) {
                // A third of the texts keep to characters the scalar path takes.
                let pick = Self.alphabet[next(plain ? 62 : Self.alphabet.count)]
                text += pick
            }
            let width = 4 + next(40)
            let prefixes = [("", ""), ("  - ", "    "), ("1. ", "   "), ("「", "")][next(4)]
            let reference = CharacterWrapper(width: width).wrap(text, firstPrefix: prefixes.0, prefix: prefixes.1)
            let wrapper = TextWrapper(width: width)
            #expect(wrapper.wrap(text, firstPrefix: prefixes.0, prefix: prefixes.1) == reference, "\(width) \(text.debugDescription)")
            #expect(wrapper.wrap(text, firstPrefix: prefixes.0, prefix: prefixes.1, byCharacter: true) == reference, "\(width) \(text.debugDescription)")
        }
    }

    /// Every scalar the scalar path takes is classified as its `Character` is.
    @Test func classifiesEveryScalarAsItsCharacter() {
        var values = Array(UInt32(0x20)..<0x7F)
        for range in TextWrapper.Units.simpleRanges { values += Array(range) }
        var checked = 0
        for value in values {
            let text = Substring(String(Unicode.Scalar(value)!))
            let byScalar = TextWrapper.Units(scalarsOf: text)
            let byCharacter = TextWrapper.Units(charactersOf: text)
            #expect(byScalar?.kinds == byCharacter.kinds && byScalar?.columns == byCharacter.columns, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 22_000)
        // What the scalar path declines goes by Character.
        for text in ["\t", "\r\n", "e\u{301}", "\u{FE50}", "한", "🇨🇳"] {
            #expect(TextWrapper.Units(scalarsOf: Substring(text)) == nil, "\(text.debugDescription)")
        }
    }

    @Test func laysOutTheSampleTextsAsTheCharacterWrapperDid() {
        for text in [TextWrapperTests.chinese, TextWrapperTests.mixed, TextWrapperTests.latin, TextWrapperTests.punctuationHeavy] {
            for width in 4...100 {
                #expect(TextWrapper(width: width).wrap(text) == CharacterWrapper(width: width).wrap(text))
            }
        }
    }
}
