import SDGBriefCore
import Testing

@Suite struct LocalizedTextTests {
    @Test func fallsBackFromARegionalTagToItsLanguageThenToChinese() {
        let text = LocalizedText(["zh": "港城", "en": "Harbour City"])
        #expect(text.text(in: "en-GB") == "Harbour City")
        #expect(text.text(in: "en") == "Harbour City")
        #expect(text.text(in: "fr-CA") == "港城")
        #expect(LocalizedText.isEnglish("en-GB") && !LocalizedText.isEnglish("eng") && !LocalizedText.isEnglish("zh"))
    }
}
