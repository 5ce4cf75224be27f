@testable import SDGBriefCharts
import SDGBriefGraphics
import Testing

@Suite struct MapLabelPlacerTests {
    static let label = Size(width: 200, height: 50)

    @Test func aLoneCityIsLabelledToItsRight() throws {
        let placer = MapLabelPlacer(bounds: Rect(x: 0, y: 0, width: 1000, height: 600), markers: [.init(center: Point(x: 500, y: 300), radius: 12)])
        let placement = try #require(placer.place([[Self.label]])[0])
        #expect(placement.leader == nil)
        #expect(placement.box.minX > 512 && abs(placement.box.midY - 300) < 0.01)
    }

    @Test func aCityAtTheRightEdgeIsLabelledToItsLeft() throws {
        let placer = MapLabelPlacer(bounds: Rect(x: 0, y: 0, width: 1000, height: 600), markers: [.init(center: Point(x: 990, y: 300), radius: 12)])
        let placement = try #require(placer.place([[Self.label]])[0])
        #expect(placement.box.maxX < 978)
    }

    @Test func theLongerVariantIsUsedWhereItFitsAndTheShorterWhereItDoesNot() throws {
        let wide = Size(width: 700, height: 50)
        let bounds = Rect(x: 0, y: 0, width: 600, height: 200)
        let placer = MapLabelPlacer(bounds: bounds, markers: [.init(center: Point(x: 300, y: 100), radius: 12)])
        #expect(try #require(placer.place([[wide, Self.label]])[0]).variant == 1)
        let roomy = MapLabelPlacer(bounds: Rect(x: 0, y: 0, width: 2000, height: 200), markers: [.init(center: Point(x: 300, y: 100), radius: 12)])
        #expect(try #require(roomy.place([[wide, Self.label]])[0]).variant == 0)
    }

    @Test func crowdedCitiesNeverShareSpaceAndTheRestAreLeftOut() {
        // Twenty cities on top of one another in a small box: some labels fit, the rest are left out.
        let markers = (0..<20).map { MapLabelPlacer.Marker(center: Point(x: 300 + Double($0 % 5) * 6, y: 200 + Double($0 / 5) * 6), radius: 10) }
        var placer = MapLabelPlacer(bounds: Rect(x: 0, y: 0, width: 600, height: 400), markers: markers)
        placer.reaches = [46, 96]
        let placements = placer.place(Array(repeating: [Self.label], count: 20))
        let placed = placements.compactMap { $0 }
        #expect(!placed.isEmpty && placed.count < 20)
        for (i, a) in placed.enumerated() {
            #expect(Rect(x: 0, y: 0, width: 600, height: 400).contains(a.box))
            for b in placed[(i + 1)...] { #expect(!a.box.intersects(b.box)) }
            for marker in markers { #expect(MapLabelPlacer.distance(from: marker.center, to: a.box) >= marker.radius) }
        }
    }

    @Test func geometry() {
        let box = Rect(x: 10, y: 10, width: 10, height: 10)
        #expect(MapLabelPlacer.segment(Point(x: 0, y: 15), Point(x: 30, y: 15), crosses: box))
        #expect(!MapLabelPlacer.segment(Point(x: 0, y: 0), Point(x: 10, y: 10), crosses: box), "ending on a corner is not crossing")
        #expect(!MapLabelPlacer.segment(Point(x: 0, y: 25), Point(x: 30, y: 25), crosses: box))
        #expect(MapLabelPlacer.segmentsCross(Point(x: 0, y: 0), Point(x: 10, y: 10), Point(x: 0, y: 10), Point(x: 10, y: 0)))
        #expect(!MapLabelPlacer.segmentsCross(Point(x: 0, y: 0), Point(x: 10, y: 0), Point(x: 0, y: 5), Point(x: 10, y: 5)))
        #expect(MapLabelPlacer.distance(from: Point(x: 0, y: 0), toSegment: Point(x: -5, y: 3), Point(x: 5, y: 3)) == 3)
        #expect(MapLabelPlacer.distance(from: Point(x: 0, y: 0), to: Rect(x: 3, y: 4, width: 5, height: 5)) == 5)
    }
}
