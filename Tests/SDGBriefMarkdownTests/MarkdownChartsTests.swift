import SDGBriefCore
import Testing

@testable import SDGBriefMarkdown

@Suite struct MarkdownChartsTests {
    @Test func linksNoChartUnlessAChartFormatIsWritten() {
        #expect(MarkdownCharts.images(for: ExportOptions(formats: [])).isEmpty)
        #expect(MarkdownCharts.images(for: ExportOptions(formats: ["markdown", "csv", "pdf"])).isEmpty)
    }

    @Test func prefersSVGWhenBothChartFormatsAreWritten() {
        let paths = MarkdownCharts.images(for: ExportOptions(formats: ["png", "markdown", "svg"])).map(\.path)
        #expect(paths.count == MarkdownCharts.all.count)
        #expect(paths.first == "charts/sdg-coverage.svg")
        #expect(paths.allSatisfy { $0.hasSuffix(".svg") })
    }

    @Test func linksPNGWhenOnlyPNGIsWritten() {
        #expect(MarkdownCharts.images(for: ExportOptions(formats: ["png"])).allSatisfy { $0.path.hasSuffix(".png") })
    }

    @Test func linksOnlyTheChartsAskedFor() {
        let options = ExportOptions(charts: ["timeline", "sdg-coverage"], formats: ["svg"])
        #expect(MarkdownCharts.images(for: options).map(\.path) == ["charts/sdg-coverage.svg", "charts/timeline.svg"])
    }

    @Test func chartIdsAreUnique() {
        #expect(Set(MarkdownCharts.all.map(\.id)).count == MarkdownCharts.all.count)
    }
}
