import SDGBriefGraphics
import Testing

@Suite struct PathTests {
    @Test func controlBoundsCoverEveryPointIncludingControls() {
        var path = Path()
        path.move(to: Point(x: 10, y: 10))
        path.line(to: Point(x: 20, y: 5))
        path.curve(to: Point(x: 30, y: 10), control1: Point(x: 25, y: -4), control2: Point(x: 40, y: 12))
        path.close()
        #expect(path.controlBounds == Rect(x: 10, y: -4, width: 30, height: 16))
        #expect(path.elements.last == .close)
    }

    @Test func anEmptyPathHasNoBounds() {
        #expect(Path().controlBounds == nil)
    }
}
