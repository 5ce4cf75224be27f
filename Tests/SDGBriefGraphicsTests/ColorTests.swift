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
}
