import SDGBriefGraphics

/// Where the projected world lands on the canvas: the Equal Earth plane
/// scaled into `area`, centred, north up. South of `southLimit` the map is
/// cut off, so Antarctica does not take a fifth of the slide unless a city
/// lies near it.
struct MapViewport {
    /// The world's drawn rectangle on the canvas.
    let rect: Rect
    let scale: Double
    let southLimit: Double
    private let top: Double

    init(fitting area: Rect, southLimit: Double) {
        self.southLimit = southLimit
        top = EqualEarth.halfHeight
        let bottom = EqualEarth.project(latitude: southLimit, longitude: 0).y
        let width = 2 * EqualEarth.halfWidth
        let height = top - bottom
        scale = max(0, min(area.width / width, area.height / height))
        rect = Rect(
            x: area.midX - width * scale / 2, y: area.midY - height * scale / 2,
            width: width * scale, height: height * scale
        )
    }

    func point(latitude: Double, longitude: Double) -> Point {
        let projected = EqualEarth.project(latitude: latitude, longitude: longitude)
        return Point(x: rect.midX + projected.x * scale, y: rect.minY + (top - projected.y) * scale)
    }

    /// The edge of the world: the ±180° meridians joined by the pole line
    /// and the southern cut.
    var outline: Path {
        var path = Path()
        path.move(to: point(latitude: southLimit, longitude: -180))
        for latitude in stride(from: southLimit, through: 90, by: 2) { path.line(to: point(latitude: latitude, longitude: -180)) }
        path.line(to: point(latitude: 90, longitude: 180))
        for latitude in stride(from: 90, through: southLimit, by: -2) { path.line(to: point(latitude: latitude, longitude: 180)) }
        path.close()
        return path
    }

    /// Meridians and parallels every 30°.
    var graticule: Path {
        var path = Path()
        for longitude in stride(from: -150.0, through: 150, by: 30) {
            path.move(to: point(latitude: southLimit, longitude: longitude))
            for latitude in stride(from: southLimit, through: 90, by: 2) { path.line(to: point(latitude: latitude, longitude: longitude)) }
        }
        for latitude in stride(from: -60.0, through: 60, by: 30) where latitude > southLimit {
            path.move(to: point(latitude: latitude, longitude: -180))
            path.line(to: point(latitude: latitude, longitude: 180))
        }
        return path
    }

    /// Every country's outline, one subpath per ring.
    var land: Path {
        var path = Path()
        for ring in WorldLand.rings {
            path.move(to: point(latitude: ring[0].latitude, longitude: ring[0].longitude))
            for vertex in ring.dropFirst() { path.line(to: point(latitude: vertex.latitude, longitude: vertex.longitude)) }
            path.close()
        }
        return path
    }
}
