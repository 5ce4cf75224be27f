@testable import SDGBriefCairo
import SDGBriefGraphics
import Testing

@Suite struct TagAttributesTests {
    @Test func quotesEscapeQuotesAndBackslashes() {
        #expect(TagAttributes.quoted(#"it's a\b"#) == #"'it\'s a\\b'"#)
    }

    @Test(arguments: [(12.0, "12"), (0.5, "0.5"), (-3.25, "-3.25"), (1e-7, "0"), (595.276, "595.276"), (100000.0004, "100000")])
    func numbersAreFixedPointWithoutExponents(value: Double, text: String) {
        #expect(TagAttributes.number(value) == text)
    }

    @Test func linksCarryTheirRectangleAndTarget() {
        let area = LinkArea(Rect(x: 1, y: 2, width: 3.5, height: 4), to: .uri("https://a.org"))
        #expect(TagAttributes.link(area, rect: area.rect) == "rect=[1 2 3.5 4] uri='https://a.org'")
    }
}
