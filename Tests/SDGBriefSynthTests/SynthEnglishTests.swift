import SDGBriefCore
import SDGBriefLoader
@testable import SDGBriefSynth
import Testing

@Suite struct SynthEnglishTests {
    /// Every text has English, none of it Chinese, and the Chinese is what
    /// the same seed gives without English.
    @Test(arguments: [1, 40])
    func writesEnglishBesideEveryChineseText(cases: Int) throws {
        let english = ReportSynthesizer(seed: 7, english: true).report(cases: cases)
        let chinese = ReportSynthesizer(seed: 7).report(cases: cases)
        var fields = 0
        english.forEachLocalizedText { path, text in
            fields += 1
            let value = text.translations["en"] ?? ""
            #expect(!value.isEmpty, "\(path)")
            #expect(!value.unicodeScalars.contains { $0.properties.isIdeographic }, "\(path): \(value)")
        }
        #expect(fields > cases * 8)
        #expect(LanguageCoverage.issues(english, language: "en").isEmpty)
        #expect(LanguageCoverage.completeLanguages(english) == ["zh", "en"])
        var chineseTexts: [String] = []
        chinese.forEachLocalizedText { _, text in chineseTexts.append(text.zh) }
        var englishReportsChinese: [String] = []
        english.forEachLocalizedText { _, text in englishReportsChinese.append(text.zh) }
        #expect(chineseTexts == englishReportsChinese)
    }

    /// The YAML the synth command writes reads back as the same report, English included.
    @Test func readsBackThroughTheLoader() throws {
        let report = ReportSynthesizer(seed: 3, english: true).report(cases: 5)
        let loaded = try ReportLoader().load(data: SynthEncoder.encode(report, as: .yaml), name: "synthetic.yaml")
        #expect(loaded == report)
    }
}
