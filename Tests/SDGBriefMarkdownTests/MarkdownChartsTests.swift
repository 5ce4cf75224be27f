import SDGBriefCharts
import SDGBriefCore
import Testing

@testable import SDGBriefMarkdown

@Suite struct MarkdownChartsTests {
    let report = MarkdownFixture.report()

    @Test func linksNoChartUnlessAChartFormatIsWritten() {
        #expect(MarkdownCharts.images(for: report, options: ExportOptions(formats: [])).isEmpty)
        #expect(MarkdownCharts.images(for: report, options: ExportOptions(formats: ["markdown", "csv", "pdf"])).isEmpty)
    }

    @Test func prefersSVGWhenBothChartFormatsAreWritten() {
        let paths = MarkdownCharts.images(for: report, options: ExportOptions(formats: ["png", "markdown", "svg"])).map(\.path)
        #expect(!paths.isEmpty)
        #expect(paths.first == "charts/sdg-coverage.svg")
        #expect(paths.allSatisfy { $0.hasSuffix(".svg") })
    }

    @Test func linksPNGWhenOnlyPNGIsWritten() {
        #expect(MarkdownCharts.images(for: report, options: ExportOptions(formats: ["png"])).allSatisfy { $0.path.hasSuffix(".png") })
    }

    @Test func linksOnlyTheChartsAskedFor() {
        let options = ExportOptions(charts: ["timeline", "sdg-coverage"], formats: ["svg"])
        #expect(MarkdownCharts.images(for: report, options: options).map(\.path) == ["charts/sdg-coverage.svg", "charts/timeline.svg"])
    }

    /// The chart exporters leave out charts the report gives nothing to show;
    /// the brief must not link the files they do not write.
    @Test func linksNoChartTheReportLeavesEmpty() {
        var bare = report
        for index in bare.cases.indices { bare.cases[index].milestones = [] }
        let paths = MarkdownCharts.images(for: bare, options: ExportOptions(formats: ["svg"])).map(\.path)
        #expect(!paths.contains("charts/timeline.svg"))
        #expect(paths.contains("charts/sdg-coverage.svg"))
    }
}
