import SDGBriefCharts
import SDGBriefCore
import Testing

@Suite struct PopulationChartTests {
    /// --metric is refused where it would change nothing (the chart is not
    /// drawn) or name nothing (no case states the figure).
    @Test func aMetricNeedsTheChartAndAFigureSomeCaseStates() throws {
        let report = try ChartFixture.bundled()
        #expect(PopulationChart.metricProblem(nil, charts: ["timeline"], in: report) == nil)
        #expect(PopulationChart.metricProblem("population", charts: [], in: report) == nil)
        #expect(PopulationChart.metricProblem("population", charts: ["timeline", "population"], in: report) == nil)
        let leftOut = try #require(PopulationChart.metricProblem("population", charts: ["timeline"], in: report))
        #expect(leftOut.hasPrefix("--metric population: only the population chart compares a figure"))
        let unknown = try #require(PopulationChart.metricProblem("nosuch", charts: [], in: report))
        #expect(unknown.hasPrefix("--metric nosuch: no case states a figure with that id"))
    }

    @Test func barsRunLargestFirstAndCasesWithoutDataAreNamed() throws {
        let report = try ChartFixture.bundled()
        let (values, missing) = PopulationChart.values(report, metric: "population")
        #expect(values.map(\.metric.value) == values.map(\.metric.value).sorted(by: >))
        #expect(values.count + missing.count == report.cases.count)
        let drawing = try PopulationChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let note = try #require(drawing.textRuns.first { $0.text.hasPrefix("无数据：") })
        for item in missing { #expect(note.text.contains(item.city.zh)) }
        for (_, metric) in values { #expect(drawing.textRuns.contains { $0.text == MetricFormatter().string(metric) }) }
    }

    @Test func anotherSharedMetricCanBeCompared() throws {
        let report = ChartFixture.synthetic(cases: 3)
        let canvas = ChartCanvas(.widescreen, metric: "area")
        let drawing = try PopulationChart().layout(report, on: canvas, measurer: ChartFixture.measurer())
        #expect(drawing.textRuns.first?.text == report.cases[0].figures.first { $0.id == "area" }?.label.zh)
        #expect(!drawing.textRuns.contains { $0.text.hasPrefix("无数据") })
    }

    @Test func anUnknownMetricIsRefusedListingSharedOnes() throws {
        let report = ChartFixture.synthetic(cases: 3)
        #expect {
            _ = try PopulationChart().layout(report, on: ChartCanvas(.widescreen, metric: "gdp"), measurer: ChartFixture.measurer())
        } throws: { error in
            let message = (error as? ExportFailure)?.message ?? ""
            return message.contains("gdp") && message.contains("area") && message.contains("population")
        }
    }
}
