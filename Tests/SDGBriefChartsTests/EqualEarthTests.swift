import SDGBriefCharts
import Testing

@Suite struct EqualEarthTests {
    /// (longitude, latitude, x, y) on a sphere of radius 1, computed once with
    /// PROJ 9.5.1 (through pyproj 3.7.2), which implements the published
    /// formulas: `+proj=eqearth +R=1`, from `+proj=longlat +R=1`.
    static let proj: [(Double, Double, Double, Double)] = [
        (0, 0, 0.0, 0.0),
        (2, 1, 0.030071478498762575, 0.02025754604711815),
        (-2, -1, -0.030071478498762575, -0.02025754604711815),
        (180, 0, 2.7066299836960748, 0.0),
        (-180, 0, -2.7066299836960748, 0.0),
        (0, 90, 0.0, 1.3173627591574133),
        (0, -90, 0.0, -1.3173627591574133),
        (180, 90, 1.6035886482840516, 1.3173627591574133),
        (72.5714, 23.0225, 1.049480588149883, 0.4597573211667334),
        (85.8245, 20.2961, 1.2520772692938584, 0.406626928062227),
        (-78.4678, -0.1807, -1.1799044204925324, -0.0036606324752929257),
        (179.9, -16.5, 2.651749517400743, -0.3318304653469541),
        (-179.9, 65, -1.935869527378785, 1.1519244801891964),
        (18.4241, -33.9249, 0.2542294408691663, -0.665711592519067),
        (9.19, 45.4642, 0.11803771188442595, 0.8679711015476537),
        (-120, 60, -1.3593733917143727, 1.0883008355053196),
    ]

    @Test func matchesPROJ() {
        for (longitude, latitude, x, y) in Self.proj {
            let point = EqualEarth.project(latitude: latitude, longitude: longitude)
            #expect(abs(point.x - x) < 1e-9, "x at \(longitude), \(latitude): \(point.x) ≠ \(x)")
            #expect(abs(point.y - y) < 1e-9, "y at \(longitude), \(latitude): \(point.y) ≠ \(y)")
        }
    }

    @Test func worldIsAboutTwiceAsWideAsHigh() {
        // The paper gives the projection's aspect ratio as about 2.05:1.
        #expect(abs(EqualEarth.halfWidth / EqualEarth.halfHeight - 2.0546) < 0.001)
    }

    @Test func longitudesOutsideTheRangeWrapRound() {
        let east = EqualEarth.project(latitude: 10, longitude: 190)
        let west = EqualEarth.project(latitude: 10, longitude: -170)
        #expect(abs(east.x - west.x) < 1e-12 && abs(east.y - west.y) < 1e-12)
        #expect(EqualEarth.project(latitude: 0, longitude: 180).x > 0)
        #expect(EqualEarth.project(latitude: 0, longitude: -180).x < 0)
    }
}
