import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

/// A chart fitted to its content shows what the slide shows, only closer
/// together, and a few cases need much less than a slide's height.
@Suite struct ChartHeightFitTests {
    static let briefCharts = ["sdg-coverage", "sdg-matrix", "timeline", "partners", "key-figures"]
    static let canvas = Size(width: 1440, height: 960)

    /// What a reader sees of a drawing, positions down the canvas aside.
    private func texts(_ drawing: Drawing) -> [String] {
        drawing.textRuns.map { "\($0.text)@\($0.style.size)" }
    }

    @Test(arguments: ["zh", "en"])
    func theShortestCanvasShowsEverythingTheSlideShows(language: String) throws {
        let measurer = try ChartFixture.measurer()
        for report in [try ChartFixture.bundled(), ChartFixture.synthetic(cases: 3), ChartFixture.synthetic(cases: 40)] {
            for id in Self.briefCharts {
                let chart = try #require(ChartCatalog.chart(id: id))
                let canvas = ChartCanvas(size: Self.canvas, theme: .transparent, language: language)
                guard chart.hasData(report, on: canvas) else { continue }
                let shortest = try ChartHeightFit().shortestHeight(chart, report, on: canvas, measurer: measurer)
                #expect(shortest <= canvas.size.height)
                let full = try chart.layout(report, on: canvas, measurer: measurer)
                for air in [0.0, 0.15] {
                    let fitted = ChartHeightFit.canvas(canvas, shortest: shortest, air: air)
                    let drawing = try chart.layout(report, on: fitted, measurer: measurer)
                    #expect(texts(drawing) == texts(full), "\(id) at \(fitted.size.height) px of \(report.cases.count) cases differs from the slide")
                    #expect(drawing.textRunsOutsideCanvas.isEmpty, "\(id) at \(fitted.size.height) px: \(drawing.textRunsOutsideCanvas.map(\.text))")
                }
            }
        }
    }

    /// Three cases fill no slide: the charts that list cases (matrix,
    /// timeline, partners) need a good part less than its height.
    @Test func aFewCasesTakeLessThanASlide() throws {
        let measurer = try ChartFixture.measurer()
        let report = ChartFixture.synthetic(cases: 3)
        for id in ["sdg-matrix", "timeline", "partners"] {
            let chart = try #require(ChartCatalog.chart(id: id))
            let canvas = ChartCanvas(size: Self.canvas, theme: .transparent)
            let shortest = try ChartHeightFit().shortestHeight(chart, report, on: canvas, measurer: measurer)
            #expect(shortest <= canvas.size.height * 0.9, "\(id): \(shortest) px of \(canvas.size.height)")
        }
    }

    /// A chart that fills its canvas already (a network's many cases, rows
    /// left out) keeps it: a shorter one would leave out more.
    @Test func aFullChartKeepsItsCanvas() throws {
        let measurer = try ChartFixture.measurer()
        let report = ChartFixture.synthetic(cases: 200)
        let chart = PartnersChart()
        let canvas = ChartCanvas(size: Self.canvas, theme: .transparent)
        let shortest = try ChartHeightFit().shortestHeight(chart, report, on: canvas, measurer: measurer)
        #expect(shortest >= canvas.size.height * 0.95, "\(shortest) px of \(canvas.size.height)")
    }
}
