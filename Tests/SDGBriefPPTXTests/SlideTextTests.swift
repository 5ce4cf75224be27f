@testable import SDGBriefPPTX
import Testing

@Suite struct SlideTextTests {
    static let inch = 914_400

    @Test func wideCharactersTakeAFullEmAndLatinAboutHalf() {
        // 72 pt is an inch: ten inches hold ten CJK characters at 72 pt.
        let chinese = SlideText(text: String(repeating: "城", count: 10), points: 72, color: "000000")
        #expect(chinese.lines(in: 10 * Self.inch) == 1)
        #expect(chinese.lines(in: 9 * Self.inch) == 2)
        let latin = SlideText(text: String(repeating: "a", count: 16), points: 72, color: "000000")
        #expect(latin.lines(in: 10 * Self.inch) == 1)
    }

    @Test func fittingShrinksToTwoThirdsAtMostAndNeverBelowTheFloor() {
        let title = SlideText(text: String(repeating: "城", count: 30), points: 54, color: "000000", maxLines: 2)
        let fitted = title.fitted(in: 10 * Self.inch)
        #expect(fitted.points < 54 && fitted.points >= 36)
        let short = SlideText(text: "城市", points: 54, color: "000000")
        #expect(short.fitted(in: 10 * Self.inch).points == 54)
        let body = SlideText(text: String(repeating: "城", count: 500), points: 24, color: "000000", maxLines: 1)
        #expect(body.fitted(in: 10 * Self.inch).points == SlideText.minimumPoints)
    }

    @Test func truncatingEndsInOneEllipsisWithinTheLines() {
        let text = SlideText(text: String(repeating: "城", count: 100), points: 36, color: "000000")
        let cut = text.truncated(toLines: 2, in: 10 * Self.inch)
        #expect(cut.lines(in: 10 * Self.inch) <= 2)
        #expect(cut.text.hasSuffix("…") && cut.text.filter { $0 == "…" }.count == 1)
        #expect(cut.text.count > 30)
    }
}
