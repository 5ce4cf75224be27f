import SDGBriefCore
import Testing

@Suite struct SpellingSuggestionTests {
    @Test func suggestsTheWordASlipWasMeantToBe() {
        #expect(SpellingSuggestion.closest(to: "qualifer", among: ["quote", "qualifier", "unit"]) == "qualifier")
        #expect(SpellingSuggestion.closest(to: "practise", among: ["practice", "partners"]) == "practice")
        #expect(SpellingSuggestion.closest(to: "Pubic", among: ["public", "private"]) == "public")
        #expect(SpellingSuggestion.closest(to: "relaetd", among: ["primary", "related"]) == "related", "a swap is one slip")
    }

    @Test func suggestsNothingForADifferentWordOrATie() {
        #expect(SpellingSuggestion.closest(to: "acres", among: ["ha", "km", "person"]) == nil)
        #expect(SpellingSuggestion.closest(to: "ab", among: ["aa", "bb"]) == nil, "two equally close candidates")
        #expect(SpellingSuggestion.closest(to: "", among: ["a"]) == nil)
    }

    @Test func phrasesTheSuggestion() {
        #expect(SpellingSuggestion.phrase(for: "persn", among: ["person", "usd"]) == "did you mean \"person\"?")
    }
}
