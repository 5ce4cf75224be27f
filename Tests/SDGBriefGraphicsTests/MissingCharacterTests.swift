import SDGBriefGraphics
import Testing

@Suite struct MissingCharacterTests {
    @Test func codePointsHaveAtLeastFourDigitsLikeUnicodeCharts() {
        #expect(MissingCharacter(scalar: "\u{1F600}", offset: 0).codePoint == "U+1F600")
        #expect(MissingCharacter(scalar: "\u{A9}", offset: 0).codePoint == "U+00A9")
    }

    @Test func describesTheCharacterAndItsCodePoint() {
        #expect(MissingCharacter(scalar: "\u{2603}", offset: 3).description == "“\u{2603}” (U+2603)")
    }
}
