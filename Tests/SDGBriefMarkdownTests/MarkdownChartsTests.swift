import SDGBriefCharts
import SDGBriefCore
import Testing

@testable import SDGBriefMarkdown

@Suite struct MarkdownChartsTests {
    let report = MarkdownFixture.report()

    @Test func linksNoChartUnlessAChartFormatIsWritten() throws {
        #expect(try MarkdownCharts.images(for: report, options: ExportOptions(formats: [])).isEmpty)
        #expect(try MarkdownCharts.images(for: report, options: ExportOptions(formats: ["markdown", "csv", "pdf"])).isEmpty)
    }

    @Test func prefersSVGWhenBothChartFormatsAreWritten() throws {
        let paths = try MarkdownCharts.images(for: report, options: ExportOptions(formats: ["png", "markdown", "svg"])).map(\.path)
        #expect(!paths.isEmpty)
        #expect(paths.first == "charts/sdg-coverage.svg")
        #expect(paths.allSatisfy { $0.hasSuffix(".svg") })
    }

    @Test func linksPNGWhenOnlyPNGIsWritten() throws {
        let paths = try MarkdownCharts.images(for: report, options: ExportOptions(formats: ["png"])).map(\.path)
        #expect(!paths.isEmpty)
        #expect(paths.allSatisfy { $0.hasSuffix(".png") })
    }

    @Test func linksOnlyTheChartsAskedFor() throws {
        let options = ExportOptions(charts: ["timeline", "sdg-coverage"], formats: ["svg"])
        #expect(try MarkdownCharts.images(for: report, options: options).map(\.path) == ["charts/sdg-coverage.svg", "charts/timeline.svg"])
    }

    /// The chart exporters leave out charts the report gives nothing to show;
    /// the brief must not link the files they do not write.
    @Test func linksNoChartTheReportLeavesEmpty() throws {
        var bare = report
        for index in bare.cases.indices { bare.cases[index].milestones = [] }
        let paths = try MarkdownCharts.images(for: bare, options: ExportOptions(formats: ["svg"])).map(\.path)
        #expect(!paths.contains("charts/timeline.svg"))
        #expect(paths.contains("charts/sdg-coverage.svg"))
    }

    /// A chart named that the report leaves empty is refused, as the chart
    /// exporters beside the brief refuse it, rather than silently unlinked.
    @Test func refusesANamedChartTheReportLeavesEmpty() {
        var bare = report
        for index in bare.cases.indices { bare.cases[index].milestones = [] }
        #expect(throws: ExportFailure.self) {
            try MarkdownCharts.images(for: bare, options: ExportOptions(charts: ["timeline"], formats: ["svg"]))
        }
    }
}
