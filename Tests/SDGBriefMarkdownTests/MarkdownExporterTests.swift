import Foundation
import SDGBriefCharts
import SDGBriefCore
import SDGBriefMarkdown
import Testing

@Suite struct MarkdownExporterTests {
    let report = MarkdownFixture.report()
    let exporter = MarkdownExporter()

    func brief(formats: [String] = ["markdown"], charts: [String] = []) throws -> String {
        try exporter.render(report, options: ExportOptions(charts: charts, formats: formats))
    }

    /// The cells of a table row, split at the pipes that are not escaped.
    func cells(_ row: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaping = false
        for character in row.dropFirst().dropLast() {
            if !escaping, character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                continue
            }
            escaping = !escaping && character == "\\"
            current.append(character)
        }
        return cells + [current.trimmingCharacters(in: .whitespaces)]
    }

    @Test func writesOneFileNamedAfterTheReport() throws {
        let artifacts = try exporter.export(report, options: ExportOptions())
        #expect(artifacts.map(\.path) == ["markdown-fixture.md"])
        #expect(artifacts[0].contents == Data(try brief(formats: []).utf8))
        #expect(exporter.name == "markdown")
    }

    @Test func headingsFollowTheBrief() throws {
        let headings = try brief().split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings == [
            "# 城市伙伴关系与可持续发展目标", "## 引言", "### 数字一览",
            "## 案例1：瓜亚基尔（厄瓜多尔）", "### 关键数据", "### 里程碑", "### 合作伙伴",
            "## 案例2：\\*bold\\* \\[x\\](y) \\<b\\>（\\# 某国 \\|）", "### 关键数据",
            "## 结论与建议",
        ])
    }

    /// An English edition of an English report: headings, labels, table
    /// heads, goal names and figures in English, the quotes as the source has them.
    @Test func writesTheEnglishEdition() throws {
        var english = report
        english.title = LocalizedText(["zh": english.title.zh, "en": "City Partnerships"])
        let text = try exporter.render(english, options: ExportOptions(language: "en", formats: ["markdown", "svg"]))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init)
        #expect(headings.first == "# City Partnerships")
        #expect(headings.contains("## Introduction") && headings.contains("### At a glance") && headings.contains("## Conclusions and recommendations"))
        #expect(headings.contains { $0.hasPrefix("## Case 1: ") }, "\(headings)")
        #expect(text.contains("| Figure | Value | Source text |"))
        #expect(text.contains("## Charts") && text.contains("![Cases per Sustainable Development Goal](charts/sdg-coverage.svg)"))
        #expect(text.contains("(primary)"))
    }

    @Test func tabulatesEveryFigureAsAChineseReaderReadsIt() throws {
        let lines = try brief().split(separator: "\n")
        let rows = lines.filter { $0.hasPrefix("| ") && !$0.hasPrefix("| 指标") && !$0.hasPrefix("| ---") }
        let metrics = report.figures + report.cases.flatMap(\.figures)
        #expect(rows.count == metrics.count)
        for (row, metric) in zip(rows, metrics) {
            let cells = cells(row)
            #expect(cells.count == 3, "\(row)")
            #expect(cells[1] == MetricFormatter().string(metric))
        }
        #expect(rows[1] == "| 受益人数 | 超过312,369人 | 超过312,369 |")
        #expect(rows[2] == "| 项目资金 | 约1070万美元 | 约1070万美元 |")
        #expect(cells(rows[3]) == ["a\\|b", "3个", "3 \\| 个 \\\\ \\*"])
    }

    @Test func showsEachCaseWithItsFactsAndPartnershipAsAQuote() throws {
        let text = try brief()
        for expected in [
            "- **实践**：红树林保护与社区发展\n- **奖项**：广州奖\n- **可持续发展目标**：目标1 无贫穷（主要）、目标14 水下生物（相关）",
            "> **伙伴关系**：瓜亚基尔与渔民合作社合作，恢复红树林。",
            "### 里程碑\n\n- 2016年 启动红树林恢复项目",
            "### 合作伙伴\n\n- **公共部门**：市政府\n- **民间组织**：渔民合作社",
            "1. **建立地方联盟**\n\n   资金需求远超可用资源。",
        ] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(text.hasSuffix("总之，城市伙伴关系至关重要。\n"))
    }

    @Test func linksChartImagesOnlyWhenTheChartsAreExported() throws {
        let images = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("![") } }
        #expect(images(try brief(formats: ["markdown", "csv"])).isEmpty)
        let withoutCharts = try brief(formats: ["markdown"])
        #expect(!withoutCharts.contains("## 图表"))
        let linked = images(try brief(formats: ["markdown", "svg"]))
        let canvas = ChartCanvas(ExportOptions().chartSize, theme: .light, metric: nil)
        #expect(linked.count == ChartCatalog.all.filter { $0.hasData(report, on: canvas) }.count)
        #expect(linked.count >= 5)
        #expect(linked.first == "![各可持续发展目标覆盖的案例数](charts/sdg-coverage.svg)")
        #expect(images(try brief(formats: ["markdown", "png"], charts: ["timeline"])) == ["![案例里程碑时间线](charts/timeline.png)"])
    }

    /// Written case by case into a sink, the file is the rendered brief, with
    /// or without conclusions, and progress counts the cases.
    @Test func streamedBriefIsTheRenderedOne() throws {
        var bare = report
        bare.conclusions = []
        bare.conclusionsPreamble = []
        bare.closing = []
        for report in [report, bare] {
            let sink = ProgressRecordingSink()
            let options = ExportOptions(charts: [], formats: ["markdown", "svg"])
            try exporter.export(report, options: options, into: sink)
            #expect(sink.artifacts.map(\.path) == ["markdown-fixture.md"])
            #expect(sink.artifacts.last?.contents == Data(try exporter.render(report, options: options).utf8))
            #expect(sink.reported.map(\.done) == Array(1 ... report.cases.count))
            #expect(sink.reported.allSatisfy { $0.total == report.cases.count && $0.unit == "cases" })
        }
    }

    static let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots/markdown-fixture.md")

    /// The fixture's brief, byte for byte, as last reviewed. Run with
    /// SDGBRIEF_RECORD=1 to rewrite it after a deliberate change; a recording
    /// run fails on purpose so nobody records by accident.
    @Test func matchesTheReviewedSnapshot() throws {
        let rendered = Data(try brief(formats: ["markdown", "svg"]).utf8)
        if ProcessInfo.processInfo.environment["SDGBRIEF_RECORD"] == "1" {
            try FileManager.default.createDirectory(at: Self.snapshot.deletingLastPathComponent(), withIntermediateDirectories: true)
            try rendered.write(to: Self.snapshot)
            Issue.record("recorded \(Self.snapshot.path); run again without SDGBRIEF_RECORD")
            return
        }
        #expect(try Data(contentsOf: Self.snapshot) == rendered, "the Markdown changed: review it, then `SDGBRIEF_RECORD=1 swift test --filter MarkdownExporterTests`")
    }

    @Test func givesTheSameBytesEveryTime() throws {
        #expect(try brief() == brief())
    }

    /// Read by a CommonMark parser that shares no code with the writer
    /// (markdown-it, with GitHub's tables): the structure is what the brief
    /// means, and text full of Markdown comes out as typed.
    @Test(.enabled(if: CommonMarkReader.isAvailable, "needs python3 with markdown-it (Debian: python3-markdown-it)"))
    func aCommonMarkParserReadsTheStructureAndTheTextLiterally() throws {
        let html = try CommonMarkReader.html(brief(formats: ["markdown", "svg"], charts: ["sdg-coverage"]))
        let count = { (tag: String) in html.components(separatedBy: tag).count - 1 }
        #expect(count("<h1>") == 1)
        #expect(count("<h2>") == 5)
        #expect(count("<table>") == 3)
        #expect(count("<tr>") == 3 * 1 + 4)  // a header row per table, a row per figure
        #expect(count("<blockquote>") == 2)
        #expect(count("<img ") == 1)
        #expect(html.contains("<img src=\"charts/sdg-coverage.svg\" alt=\"各可持续发展目标覆盖的案例数\" />"))
        #expect(count("<ol>") == 1)
        #expect(html.contains("*bold* [x](y) &lt;b&gt;"))
        #expect(html.contains("<td>a|b</td>"))
        #expect(html.contains("- `code` &amp; &amp;amp; _under_"))
        #expect(html.contains("&gt; 引用 ![img](x.png)"))
        #expect(html.contains("<p>2030. 不是列表</p>"))
        for markup in ["<em>", "<a ", "<b>", "<code>", "<pre>", "<ol start", "<h1># 某国"] {
            #expect(!html.contains(markup), "\(markup) in \(html)")
        }
    }

    /// Paragraphs may hold line breaks; none may let the text after one start
    /// a block of its own (a list, a rule, a heading, a way out of a quote).
    @Test(.enabled(if: CommonMarkReader.isAvailable, "needs python3 with markdown-it (Debian: python3-markdown-it)"))
    func lineBreaksInTheReportStartNoBlocks() throws {
        var report = MarkdownFixture.report()
        report.cases[0].partnership = LocalizedText(zh: "伙伴关系\n\n见 [官网](http://x)")
        report.cases[0].narrative = [LocalizedText(zh: "第一行\n- 注入\n---\n# 标题\n1. 列表")]
        let html = try CommonMarkReader.html(MarkdownExporter().render(report, options: ExportOptions()))
        for markup in ["<li>注入", "<hr", "<h1>标题", "<li>列表", "<a href=\"http://x\""] {
            #expect(!html.contains(markup), "\(markup) in \(html)")
        }
        #expect(html.contains("伙伴关系 见 [官网](http://x)"))
        #expect(html.contains("第一行 - 注入 --- # 标题 1. 列表"))
    }
}

/// Keeps the files and the progress an exporter reports.
private final class ProgressRecordingSink: ArtifactSink, @unchecked Sendable {
    private let files = MemoryArtifactSink()
    private(set) var reported: [ExportProgress] = []
    var artifacts: [Artifact] { files.artifacts }

    func begin(_ path: String) throws -> any ArtifactStream { try files.begin(path) }
    func progress(_ progress: ExportProgress) { reported.append(progress) }
}
