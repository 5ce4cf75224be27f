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

    /// A text with the source language alone reads the same in every language.
    @Test func aSourceOnlyTextAnswersEveryLanguage() {
        let text = LocalizedText(zh: "港城")
        for language in ["zh", "en", "en-GB", "fr-CA", ""] {
            #expect(text.text(in: language) == "港城")
        }
    }

    /// A single translation other than the source is found only in its own
    /// language; elsewhere the missing source reads as empty.
    @Test func aLoneTranslationIsNotTakenForTheSource() {
        let text = LocalizedText(["en": "Harbour City"])
        #expect(text.text(in: "en") == "Harbour City")
        #expect(text.text(in: "en-GB") == "Harbour City")
        #expect(text.text(in: "zh") == "")
    }
}
