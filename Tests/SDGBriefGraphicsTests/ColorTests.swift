import SDGBriefGraphics
import Testing

@Suite struct ColorTests {
    @Test func parsesTheSDGColoursAsTheModelWritesThem() throws {
        let red = try #require(Color(hex: "#E5243B"))
        #expect(red == Color(red: 0xE5 / 255.0, green: 0x24 / 255.0, blue: 0x3B / 255.0, alpha: 1))
    }

    @Test func parsesAnAlphaByteAndAMissingHash() throws {
        let c = try #require(Color(hex: "19486A80"))
        #expect(c.alpha == 0x80 / 255.0)
        #expect(c.blue == 0x6A / 255.0)
    }

    @Test(arguments: ["", "#", "#12345", "#1234567", "#GG0000", "#+12345", "red"])
    func rejectsWhatIsNotAHexColour(_ text: String) {
        #expect(Color(hex: text) == nil)
    }

    /// WCAG's own reference points: black on white is 21:1, and #767676 is
    /// the lightest grey that reaches 4.5:1 on white.
    @Test func contrastRatiosMatchWCAG() throws {
        #expect(abs(Color.black.contrastRatio(with: .white) - 21) < 1e-9)
        #expect(Color.white.contrastRatio(with: .white) == 1)
        let grey = try #require(Color(hex: "#767676"))
        #expect(abs(grey.contrastRatio(with: .white) - 4.54) < 0.01)
        #expect(grey.contrastRatio(with: .white) == Color.white.contrastRatio(with: grey))
    }

    @Test func translucentColoursAreSeenOverTheirBackdrop() {
        let half = Color.black.withAlpha(0.5).composited(over: .white)
        #expect(half == Color(red: 0.5, green: 0.5, blue: 0.5))
        #expect(Color.black.mixed(with: .white, 0.25) == Color(red: 0.25, green: 0.25, blue: 0.25))
    }
}
