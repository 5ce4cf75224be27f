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

    /// The texts are stored apart from the dictionary they are given as:
    /// they read back as given, and equal texts are equal and hash alike
    /// whatever order their languages came in.
    @Test func readsBackAsGivenAndComparesByContent() {
        let languages = ["zh": "港城", "en": "Harbour City", "fr": "Ville portuaire", "de": "Hafenstadt",
                         "es": "Ciudad portuaria", "pt": "Cidade portuária", "it": "Città portuale", "ru": "Портовый город",
                         "zu": "Idolobha lechweba"]
        // Dictionaries of other capacities list the same entries in other
        // orders (almost always; twenty of them cannot all agree by chance).
        let roomier = (1...20).map { size in
            var roomy = [String: String](minimumCapacity: size * 16)
            for (language, text) in languages { roomy[language] = text }
            return LocalizedText(roomy)
        }
        var built = LocalizedText(zh: "港城")
        for (language, text) in languages.sorted(by: { $0.key > $1.key }) { built.translations[language] = text }
        let given = LocalizedText(languages)
        #expect(built.translations == languages)
        #expect(roomier.allSatisfy { $0 == given } && built == given)
        #expect(Set(roomier + [built, given]).count == 1)
        #expect(built.sortedTranslations.map(\.language) == languages.keys.sorted())
        #expect(built.sortedTranslations.map(\.text) == languages.sorted { $0.key < $1.key }.map(\.value))
        #expect(built != LocalizedText(["zh": "港城", "en": "Harbour City"]))
        #expect(built.text(in: "fr-CA") == "Ville portuaire")

        built.translations["zh"] = nil
        #expect(built.translations == languages.filter { $0.key != "zh" })
        #expect(built.zh == "" && built.text(in: "nl") == "")
        #expect(!built.hasText(in: "zh") && built.hasText(in: "en-GB"))
    }
}
