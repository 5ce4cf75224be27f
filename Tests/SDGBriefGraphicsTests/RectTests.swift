import SDGBriefGraphics
import Testing

@Suite struct RectTests {
    @Test func intersectionIsTheSharedArea() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        let b = Rect(x: 5, y: 2, width: 10, height: 4)
        #expect(a.intersection(b) == Rect(x: 5, y: 2, width: 5, height: 4))
        #expect(a.intersects(b))
    }

    @Test func rectanglesTouchingAlongAnEdgeDoNotIntersect() {
        let line1 = Rect(x: 0, y: 0, width: 100, height: 20)
        let line2 = Rect(x: 0, y: 20, width: 100, height: 20)
        #expect(line1.intersection(line2) == nil)
        #expect(!line1.intersects(line2))
    }

    @Test func containmentCountsEdgesAsInside() {
        let canvas = Rect(x: 0, y: 0, width: 1920, height: 1080)
        #expect(canvas.contains(Rect(x: 0, y: 0, width: 1920, height: 1080)))
        #expect(canvas.contains(Point(x: 1920, y: 1080)))
        #expect(!canvas.contains(Rect(x: 1900, y: 10, width: 21, height: 10)))
        #expect(!canvas.contains(Point(x: -0.5, y: 3)))
    }

    @Test func unionHoldsBoth() {
        let u = Rect(x: 0, y: 0, width: 1, height: 1).union(Rect(x: 5, y: -2, width: 1, height: 1))
        #expect(u == Rect(x: 0, y: -2, width: 6, height: 3))
    }

    @Test func insetShrinksFromEverySideAndNeverGoesNegative() {
        let r = Rect(x: 10, y: 10, width: 100, height: 50)
        #expect(r.insetBy(dx: 5, dy: 10) == Rect(x: 15, y: 20, width: 90, height: 30))
        #expect(r.insetBy(dx: 60, dy: 0).width == 0)
    }

    @Test func scalingScalesOriginAndSize() {
        #expect(Rect(x: 2, y: 4, width: 6, height: 8).scaled(by: 0.5) == Rect(x: 1, y: 2, width: 3, height: 4))
    }
}
