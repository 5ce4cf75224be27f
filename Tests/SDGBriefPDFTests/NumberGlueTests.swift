@testable import SDGBriefPDF
import Testing

@Suite struct NumberGlueTests {
    @Test func joinsDigitsToTheirScaleWordAndRangeEnds() {
        #expect(NumberGlue.glue("约1070万美元") == "约1070\u{2060}万美元")
        #expect(NumberGlue.glue("23亿人") == "23\u{2060}亿人")
        #expect(NumberGlue.glue("80%") == "80\u{2060}%")
        #expect(NumberGlue.glue("2–4倍") == "2\u{2060}–\u{2060}4\u{2060}倍")
    }

    @Test func leavesTextWithoutFiguresAndDigitGroupsAlone() {
        #expect(NumberGlue.glue("312,369人") == "312,369人")
        #expect(NumberGlue.glue("城市伙伴关系") == "城市伙伴关系")
        #expect(NumberGlue.glue("万众一心") == "万众一心")
    }

    @Test func ungluingGivesBackTheText() {
        let text = "预计到2050年增加23亿人，约1070万美元，2–4倍"
        #expect(NumberGlue.unglue(NumberGlue.glue(text)) == text)
    }

    /// A joiner between a digit and a combining mark would split what the
    /// reader sees as one character; the rules look at scalars, so check.
    @Test func neverSplitsACharacterThatCarriesAMark() {
        for text in ["1\u{0301}万", "2–\u{0301}4倍", "3\u{20E3}亿", "5\u{FE0F}%", "a1–2\u{0308}"] {
            let glued = NumberGlue.glue(text)
            #expect(NumberGlue.unglue(glued) == text)
            #expect(glued.filter { $0 != NumberGlue.joiner }.count == text.count, "\(text.unicodeScalars.map(\.value))")
        }
        #expect(NumberGlue.glue("2–\u{0301}4") == "2\u{2060}–\u{0301}4")
    }
}
