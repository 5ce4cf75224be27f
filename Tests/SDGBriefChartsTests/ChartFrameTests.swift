import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

/// A chart's title and source line are never cut: a long title shrinks to
/// the canvas's floor (none on a slide) and then wraps; a long report title
/// wraps in the source line.
@Suite struct ChartFrameTests {

    @Test(arguments: ["sdg-coverage", "sdg-matrix", "timeline", "partners", "key-figures"])
    func englishTitlesAreWhole(id: String) throws {
        let report = ChartFixture.synthetic(cases: 3)
        let chart = try #require(ChartCatalog.chart(id: id))
        // The brief's canvas, the narrowest a title is set on.
        for (size, floor) in [(Size(width: 1440, height: 960), 0.85), (Size(width: 1440, height: 960), 1), (Size(width: 1080, height: 1080), 1)] {
            var canvas = ChartCanvas(size: size, theme: .transparent, language: "en")
            canvas.titleFloor = floor
            let drawing = try chart.layout(report, on: canvas, measurer: ChartFixture.measurer(for: canvas))
            let runs = drawing.textRuns
            try #require(runs.count >= 3)
            #expect(runs[0].text == chart.title(report, on: canvas), "title cut to “\(runs[0].text)”")
            // 64 px: a slide's title, which a long one keeps; in print it may shrink to the floor.
            #expect(runs[0].style.size >= (64 * floor).rounded(), "title set at \(runs[0].style.size) px")
            #expect(runs[2].text == canvas.words.chart.source(canvas.text(report.title)), "source line cut to “\(runs[2].text)”")
            #expect(drawing.textRunsOutsideCanvas.isEmpty)
            // The title's lines end above the subtitle.
            #expect(runs[0].extent.maxY <= runs[1].extent.minY + 0.5)
        }
    }
}
