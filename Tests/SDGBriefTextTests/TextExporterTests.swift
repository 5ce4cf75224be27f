import Foundation
import SDGBriefCore
import SDGBriefText
import Testing

@Suite struct TextExporterTests {
    let report = TextFixture.report()
    let exporter = TextExporter()

    var brief: String { exporter.render(report, width: 80, language: "zh") }

    @Test func writesOneFileNamedAfterTheReport() throws {
        let artifacts = try exporter.export(report, options: ExportOptions())
        #expect(artifacts.map(\.path) == ["text-fixture.txt"])
        #expect(artifacts[0].contents == Data(brief.utf8))
        #expect(exporter.name == "text")
    }

    /// Written case by case into a sink, the file is the rendered brief.
    @Test func streamedBriefIsTheRenderedOne() throws {
        let sink = MemoryArtifactSink()
        for width in [20, 80] {
            var options = ExportOptions()
            options.textWidth = width
            try exporter.export(report, options: options, into: sink)
            #expect(sink.artifacts.last?.contents == Data(exporter.render(report, width: width, language: "zh").utf8))
        }
    }

    @Test func opensWithTitleAndSubtitle() {
        let lines = brief.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "城市伙伴关系与可持续发展目标")
        #expect(lines[1] == "创新的未来在于城市")
        #expect(lines[2] == String(repeating: "=", count: 80))
    }

    @Test func showsEachCaseWithItsFacts() {
        let text = brief
        for expected in [
            "案例1：瓜亚基尔（厄瓜多尔）", "实践：红树林保护与社区发展", "奖项：广州奖、罗斯可持续城市奖",
            "伙伴关系：瓜亚基尔与渔民合作社合作", "  - 2016年 启动红树林恢复项目",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test func listsPrimaryGoalsBeforeRelatedOnesAndMarksThem() {
        #expect(brief.contains("  - 目标1 无贫穷（主要）\n  - 目标13 气候行动（主要）\n  - 目标14 水下生物（相关）\n"))
    }

    @Test func writesFiguresAsAChineseReaderReadsThem() {
        let text = brief
        #expect(text.contains("  - 受益人数：超过312,369人"))
        #expect(text.contains("  - 项目资金：约1070万美元"))
        #expect(text.contains("  - 人口密度：7533人/平方公里"))
        #expect(text.contains("  - 到本世纪中叶城市新增人口：预计23亿人"))
    }

    @Test func groupsPartnersBySectorInTheVocabularyOrder() {
        #expect(brief.contains("合作伙伴：\n  - 公共部门：市政府、环境部\n  - 民间组织：渔民合作社\n"))
    }

    @Test func numbersTheConclusionsThenCloses() throws {
        let text = brief
        let first = try #require(text.range(of: "1. 建立能够调动新资源的地方联盟\n   实现2030年"))
        let second = try #require(text.range(of: "2. 承诺分享实用知识和专业知识"))
        let closing = try #require(text.range(of: "总之，"))
        #expect(first.lowerBound < second.lowerBound && second.lowerBound < closing.lowerBound)
        #expect(text.hasSuffix("至关重要。\n"))
    }

    @Test(arguments: [20, 40, 80])
    func everyLineFitsTheWidth(_ width: Int) throws {
        let artifact = try #require(try exporter.export(report, options: ExportOptions(textWidth: width)).first)
        let text = String(decoding: artifact.contents, as: UTF8.self)
        for line in text.split(separator: "\n") {
            #expect(EastAsianWidth.columns(of: line) <= width, "\(line)")
            #expect(line.last != " ", "trailing space: \(line)")
        }
        #expect(text.contains("312,369") && text.contains("1070万"))
    }

    @Test func usesTheLanguageWithChineseFallback() {
        let text = exporter.render(report, width: 80, language: "en")
        #expect(text.hasPrefix("City Partnerships and the SDGs\n创新的未来在于城市\n"))
        #expect(text.contains("Practice: 红树林保护与社区发展"))
        #expect(text.contains("SDG 1 No Poverty (primary)"))
        #expect(text.contains("Public sector: 市政府, 环境部"))
    }

    @Test func rendersTheSameBytesTwice() throws {
        let options = ExportOptions(textWidth: 72)
        #expect(try exporter.export(report, options: options) == exporter.export(report, options: options))
    }
}
