import Foundation
@testable import SDGBriefCLI
import SDGBriefCore
import Testing

@Suite struct EditionExporterTests {
    /// `--language zh,en` writes each edition into its own folder, and one
    /// manifest over both that `verify` accepts.
    @Test func writesEachEditionIntoItsFolderUnderOneManifest() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.fixture("bilingual-two-cases.yaml")
        let result = try SDGBriefBinary.run(["export", "-i", input, "--language", "zh,EN", "-f", "text,csv", "-o", "out"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let out = directory.appendingPathComponent("out")
        let files = SDGBriefBinary.files(in: out)
        #expect(files.contains("zh/bilingual-cases.txt") && files.contains("en/bilingual-cases.txt"))
        #expect(files.contains("zh/csv/metrics.csv") && files.contains("en/csv/metrics.csv"))
        #expect(files.filter { !$0.hasPrefix("zh/") && !$0.hasPrefix("en/") } == ["manifest.json"])
        let chinese = try String(contentsOf: out.appendingPathComponent("zh/bilingual-cases.txt"), encoding: .utf8)
        let english = try String(contentsOf: out.appendingPathComponent("en/bilingual-cases.txt"), encoding: .utf8)
        #expect(chinese.contains("结论与建议") && chinese.contains("预计高达95%"))
        #expect(english.contains("Conclusions and recommendations") && english.contains("projected: up to 95%"))
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"en/bilingual-cases.txt\"") && manifest.contains("\"zh/bilingual-cases.txt\""))
        let verify = try SDGBriefBinary.run(["verify", "out"], in: directory)
        #expect(verify.status == 0, "\(verify.standardError)")

        // `all` is every language the report carries throughout: here both.
        let all = try SDGBriefBinary.run(["export", "-i", input, "--language", "all", "-f", "text", "-o", "all"], in: directory)
        #expect(all.status == 0)
        #expect(SDGBriefBinary.files(in: directory.appendingPathComponent("all")) == ["en/bilingual-cases.txt", "manifest.json", "zh/bilingual-cases.txt"])
    }

    @Test func writesTheInnerExportersFilesUnderTheLanguage() throws {
        let report = Report(id: "r", title: LocalizedText(["zh": "标题", "en": "Title"]), cases: [])
        let edition = EditionExporter(inner: JSONLikeExporter(), language: "en")
        let artifacts = try edition.export(report, options: ExportOptions())
        #expect(artifacts.map(\.path) == ["en/title.txt"])
        #expect(artifacts.first.map { String(decoding: $0.contents, as: UTF8.self) } == "Title")
        #expect(edition.name == "probe (en)")
    }

    /// Writes the title in the language it is asked for.
    private struct JSONLikeExporter: Exporter {
        let name = "probe"
        let summary = "probe"
        func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
            [Artifact(path: "title.txt", text: report.title.text(in: options.language))]
        }
    }
}
