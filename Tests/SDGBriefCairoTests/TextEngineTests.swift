import Foundation
import SDGBriefTestSupport
@testable import SDGBriefCairo
import SDGBriefGraphics
import Testing

@Suite struct TextEngineTests {
    @Test func resolvesEveryRoleToTheProjectsFont() throws {
        let engine = try TextEngine()
        #expect(engine.family(for: .sans) == "WenQuanYi Micro Hei")
        #expect(engine.family(for: .monospace) == "WenQuanYi Micro Hei Mono")
    }

    @Test func aFamilyThatIsNotInstalledIsNamedWithTheInstallCommand() {
        let families: [FontRole: String] = [.sans: "Sdgbrief Absent Sans", .monospace: "WenQuanYi Micro Hei Mono"]
        #expect {
            _ = try TextEngine(families: families)
        } throws: { error in
            guard case let .fontNotInstalled(family, resolvedTo, _) = error as? RenderError else { return false }
            let message = (error as! RenderError).description
            return family == "Sdgbrief Absent Sans" && resolvedTo != family
                && message.contains("apt-get install fonts-wqy-microhei")
        }
    }

    /// U+2603 is checked against fontconfig's own view of the font's
    /// coverage, so the test cannot pass by both sides being wrong.
    @Test func namesCharactersTheFontCannotDrawByCodePointAndPosition() throws {
        let fontconfig = try ExternalTool.run("fc-list", [":charset=2603", "family"])
        try #require(fontconfig.status == 0)
        try #require(!fontconfig.text.contains("WenQuanYi"), "WenQuanYi Micro Hei now covers U+2603; pick another test character")

        let engine = try TextEngine()
        let missing = engine.missingCharacters(in: "气候\u{2603}行动\u{1F600}", font: .sans)
        #expect(missing.map(\.codePoint) == ["U+2603", "U+1F600"])
        #expect(missing.map(\.offset) == [2, 5])
    }

    @Test func coveredTextAndInvisibleControlsAreNotReported() throws {
        let engine = try TextEngine()
        let text = "可持续发展目标（SDG）：清洁饮水、“伙伴关系”…… 2030年\n第二行\t€ © №"
        #expect(engine.missingCharacters(in: text, font: .sans).isEmpty)
        #expect(engine.missingCharacters(in: text, font: .monospace).isEmpty)
    }

    @Test func requiringGlyphsThrowsAnErrorThatQuotesTheText() throws {
        let engine = try TextEngine()
        #expect {
            try engine.requireGlyphs(for: "目标 \u{2603}", font: .sans)
        } throws: { error in
            (error as? RenderError)?.description == "The font “WenQuanYi Micro Hei” has no glyph for “\u{2603}” (U+2603) in “目标 \u{2603}”."
        }
    }
}
