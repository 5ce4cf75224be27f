@testable import SDGBriefCairo
import Testing

@Suite struct FontMapTests {
    @Test func seesOnlyTheFamiliesItIsMadeFor() {
        let families = Set(TextEngine.defaultFamilies.values).sorted()
        let map = FontMap(families: families)
        // Pango lists its generic aliases beside the real families.
        let real = Set(map.familyNames).subtracting(["Sans", "Serif", "Monospace", "System-ui"])
        #expect(real == Set(families), "\(map.familyNames)")
    }

    @Test func usesTheSystemsFontsWhenNoneOfTheFamiliesIsInstalled() {
        // Then the engine can still tell the family is missing: Pango resolves
        // it to some other installed font, and the engine says so.
        let map = FontMap(families: ["No Such Family Anywhere"])
        #expect(map.familyNames.contains("WenQuanYi Micro Hei"))
    }

    @Test func twoMapsOfTheSameFamiliesAgree() {
        let families = Set(TextEngine.defaultFamilies.values).sorted()
        #expect(FontMap(families: families).familyNames == FontMap(families: families).familyNames)
    }
}
