import Foundation
@testable import SDGBriefCLI
import SDGBriefCore
import Testing

@Suite struct LanguageSelectionTests {
    @Test func readsTagsWithoutRegardToCase() throws {
        #expect(try LanguageSelection(parsing: "EN") == .tags(["en"]))
        #expect(try LanguageSelection(parsing: "zh, En ,zh") == .tags(["zh", "en"]))
        #expect(try LanguageSelection(parsing: "ALL") == .all)
        #expect(try LanguageSelection(parsing: "en-gb") == .tags(["en-GB"]))
    }

    @Test func refusesALanguageTheBriefHasNoWordsFor() {
        #expect(throws: CLIError.self) { try LanguageSelection(parsing: "fr") }
        #expect(throws: CLIError.self) { try LanguageSelection(parsing: "e n") }
        #expect(throws: CLIError.self) { try LanguageSelection(parsing: ",") }
    }

    /// A report lacking English anywhere is refused for English, every
    /// missing field named with its line and column, and nothing is written.
    @Test func refusesAReportMissingTheLanguageListingEveryField() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.fixture("valid-two-cases.yaml")
        let result = try SDGBriefBinary.run(["export", "-i", input, "--language", "en", "-f", "text", "-o", "out"], in: directory)
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(input):4:3: title: no \"en\" text"), "\(lines)")
        #expect(lines.contains("\(input):12:14: cases[0].country: no \"en\" text"), "\(lines)")
        // The one field that has English is not listed; every other text field is.
        #expect(!lines.contains { $0.contains("cases[0].city:") })
        #expect(lines.count == 17, "\(lines)")
        #expect(lines.allSatisfy { $0.range(of: #"^.+:\d+:\d+: [^ ]+: no "en" text$"#, options: .regularExpression) != nil })
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))

        let validate = try SDGBriefBinary.run(["validate", "--language", "EN", input], in: directory)
        #expect(validate.status == 65)
        #expect(validate.standardError.split(separator: "\n").map(String.init) == lines)
        #expect(try SDGBriefBinary.run(["validate", "--language", "zh", input], in: directory).status == 0)
    }

    /// The English edition of a fully English report: Chinese only in the
    /// quotes (the source's words) and in a name the report gives only in Chinese.
    @Test func writesAnEnglishEditionWithNoChineseOutsideQuotesAndNames() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.fixture("bilingual-two-cases.yaml")
        let result = try SDGBriefBinary.run(["export", "-i", input, "--language", "En", "-f", "text,markdown,csv,svg", "-o", "out"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let out = directory.appendingPathComponent("out")
        let allowed = ["港城居委会", "约1.5万亿美元", "超过312,369人", "约120公顷", "预计可减少高达95%", "约1070万美元", "1所学校", "两到四倍"]
        func chineseLeft(_ text: String) -> [String] {
            var rest = text
            for name in allowed { rest = rest.replacingOccurrences(of: name, with: "") }
            return rest.split(separator: "\n").map(String.init).filter { $0.unicodeScalars.contains { $0.properties.isIdeographic || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) } }
        }
        for file in ["bilingual-cases.txt", "bilingual-cases.md", "csv/metrics.csv", "csv/case_sdgs.csv", "csv/partners.csv", "charts/sdg-coverage.alt.txt", "charts/timeline.alt.txt", "charts/key-figures.alt.txt"] {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(chineseLeft(text).isEmpty, "\(file): \(chineseLeft(text))")
        }
        let brief = try String(contentsOf: out.appendingPathComponent("bilingual-cases.txt"), encoding: .utf8)
        #expect(brief.contains("Network fund: about USD 1.5 trillion"))
        #expect(brief.contains("Pollution reduction: projected: up to 95%"))
        #expect(brief.contains("Case 1: Harbour City (Somewhere)"))
        let metrics = try String(contentsOf: out.appendingPathComponent("csv/metrics.csv"), encoding: .utf8)
        #expect(metrics.contains("about USD 10.7 million") && metrics.contains(",2–4 times,"))
        let svg = try String(contentsOf: out.appendingPathComponent("charts/sdg-coverage.svg"), encoding: .utf8)
        #expect(svg.contains("<title>Cases per Sustainable Development Goal · Two Cases from a City Network</title>"))

        let show = try SDGBriefBinary.run(["show", "-i", input, "--language", "EN"], in: directory)
        #expect(show.status == 0)
        #expect(show.standardOutput == brief)
    }
}
