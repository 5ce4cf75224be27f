import SDGBriefGraphics
import Testing

@Suite struct DrawingTests {
    /// Metrics as a measurer would return them for a one-line run.
    private func metrics(width: Double, height: Double) -> TextMetrics {
        let box = Rect(x: 0, y: 0, width: width, height: height)
        return TextMetrics(logical: box, ink: box, baseline: height * 0.8, lines: [LineMetrics(logical: box, baseline: height * 0.8)], isEllipsized: false)
    }

    private func run(_ text: String, at origin: Point, width: Double = 100, height: Double = 20) -> TextRun {
        TextRun(text, style: TextStyle(size: 16), origin: origin, metrics: metrics(width: width, height: height))
    }

    @Test func textRunsAreFoundInsideGroupsAndMappedOntoTheCanvas() {
        let chart = MarkGroup(offset: Point(x: 50, y: 100), scale: 0.5, marks: [.text(run("轴", at: Point(x: 20, y: 40)))])
        let drawing = Drawing(size: Size(width: 595, height: 842), marks: [
            .rect(RectMark(Rect(x: 0, y: 0, width: 10, height: 10), fill: .black)),
            .text(run("标题", at: Point(x: 10, y: 10))),
            .group(chart),
        ])
        #expect(drawing.textRuns.map(\.text) == ["标题", "轴"])
        #expect(drawing.textRuns[1].extent == Rect(x: 60, y: 120, width: 50, height: 10))
        #expect(drawing.textRuns[1].style.size == 8)
    }

    @Test func findsRunsThatLeaveTheCanvas() {
        let drawing = Drawing(size: Size(width: 200, height: 100), marks: [
            .text(run("inside", at: Point(x: 0, y: 0))),
            .text(run("too wide", at: Point(x: 150, y: 50))),
        ])
        #expect(drawing.textRunsOutsideCanvas.map(\.text) == ["too wide"])
    }

    @Test func findsOverlappingRunsButNotStackedOnes() {
        let drawing = Drawing(size: Size(width: 400, height: 400), marks: [
            .text(run("a", at: Point(x: 0, y: 0))),
            .text(run("b", at: Point(x: 0, y: 20))),
            .text(run("c", at: Point(x: 50, y: 30))),
        ])
        #expect(drawing.overlappingTextRuns.map { [$0.0.text, $0.1.text] } == [["b", "c"]])
    }
}
