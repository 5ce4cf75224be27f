@testable import SDGBriefCharts
import SDGBriefGraphics
import Testing

@Suite struct MapViewportTests {
    @Test func theWorldFitsItsAreaCentredAndKeepsItsShape() {
        let area = Rect(x: 100, y: 200, width: 1600, height: 700)
        for south in [-58.0, -90] {
            let viewport = MapViewport(fitting: area, southLimit: south)
            #expect(area.insetBy(dx: -0.001, dy: -0.001).contains(viewport.rect))
            #expect(abs(viewport.rect.midX - area.midX) < 1e-9 && abs(viewport.rect.midY - area.midY) < 1e-9)
            #expect(abs(viewport.rect.width - area.width) < 1e-6 || abs(viewport.rect.height - area.height) < 1e-6)
            let north = viewport.point(latitude: 90, longitude: 0)
            let west = viewport.point(latitude: 0, longitude: -180)
            let east = viewport.point(latitude: 0, longitude: 180)
            #expect(abs(north.y - viewport.rect.minY) < 1e-9)
            #expect(abs(west.x - viewport.rect.minX) < 1e-9 && abs(east.x - viewport.rect.maxX) < 1e-9)
            #expect(abs(viewport.point(latitude: south, longitude: 0).y - viewport.rect.maxY) < 1e-9)
        }
    }

    @Test func outlineGraticuleAndLandStayWithinTheWorld() throws {
        let viewport = MapViewport(fitting: Rect(x: 0, y: 0, width: 1920, height: 1080), southLimit: -90)
        let frame = viewport.rect.insetBy(dx: -0.001, dy: -0.001)
        for path in [viewport.outline, viewport.graticule, viewport.land] {
            let bounds = try #require(path.controlBounds)
            #expect(frame.contains(bounds))
        }
        #expect(viewport.land.elements.filter { if case .close = $0 { true } else { false } }.count == WorldLand.rings.count)
    }
}
