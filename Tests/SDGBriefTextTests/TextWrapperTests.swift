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
