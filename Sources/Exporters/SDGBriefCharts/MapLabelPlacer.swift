import Foundation
import SDGBriefGraphics

/// Finds room for each city's label on the map: beside its marker if it
/// can, else further out with a leader line, else not at all. A label never
/// covers another label, a leader line or any city's marker, and stays
/// inside `bounds`. Greedy, crowded cities first, so that the few places
/// left in a dense cluster go to the cities that have no others.
struct MapLabelPlacer {
    struct Marker {
        var center: Point
        var radius: Double
    }

    struct Placement {
        /// Which of the city's label variants was placed.
        var variant: Int
        var box: Rect
        /// From the marker's edge to the label, when it is not beside it.
        var leader: (from: Point, to: Point)?
    }

    var bounds: Rect
    var markers: [Marker]
    /// Areas no label may cover: the legend and the note above the map.
    var obstacles: [Rect] = []
    /// Free space kept around every label.
    var clearance = 4.0
    /// How far from its marker a label may be led, in px beyond the marker.
    /// A crowded map keeps its leaders short: long ones across a continent
    /// would be harder to follow than a name left out.
    var reaches: [Double] = [46, 96, 150, 220]

    /// `variants[i]` are the label sizes city `i` may take, most informative first.
    func place(_ variants: [[Size]]) -> [Placement?] {
        var placed: [Placement?] = Array(repeating: nil, count: markers.count)
        var boxes: [Rect] = []
        var leaders: [(Point, Point)] = []
        for index in order() where index < variants.count {
            let sizes = variants[index]
            let marker = markers[index]
            let tries = sizes.indices.lazy.flatMap { variant in
                Self.besideCandidates(marker, sizes[variant]).map { (variant, $0, nil as (Point, Point)?) }
            } + sizes.indices.lazy.flatMap { variant in
                Self.leaderCandidates(marker, sizes[variant], reaches: reaches).map { (variant, $0.box, Optional($0.leader)) }
            }
            for (variant, box, leader) in tries where fits(box, leader: leader, owner: index, boxes: boxes, leaders: leaders) {
                placed[index] = Placement(variant: variant, box: box, leader: leader.map { (from: $0.0, to: $0.1) })
                boxes.append(box)
                if let leader { leaders.append(leader) }
                break
            }
        }
        return placed
    }

    /// Cities with most neighbours first; ties in report order.
    private func order() -> [Int] {
        let reach = 160.0
        let crowding = markers.map { marker in
            markers.reduce(0) { count, other in
                abs(other.center.x - marker.center.x) < reach && abs(other.center.y - marker.center.y) < reach * 0.5 ? count + 1 : count
            }
        }
        return markers.indices.sorted { (-crowding[$0], $0) < (-crowding[$1], $1) }
    }

    private func fits(_ box: Rect, leader: (Point, Point)?, owner: Int, boxes: [Rect], leaders: [(Point, Point)]) -> Bool {
        guard bounds.contains(box) else { return false }
        let padded = box.insetBy(dx: -clearance, dy: -clearance)
        for obstacle in obstacles where obstacle.intersects(padded) { return false }
        for other in boxes where other.intersects(padded) { return false }
        for marker in markers where Self.distance(from: marker.center, to: padded) < marker.radius { return false }
        for line in leaders where Self.segment(line.0, line.1, crosses: padded) { return false }
        guard let leader else { return true }
        for other in boxes where Self.segment(leader.0, leader.1, crosses: other.insetBy(dx: -clearance, dy: -clearance)) { return false }
        for obstacle in obstacles where Self.segment(leader.0, leader.1, crosses: obstacle) { return false }
        for (index, marker) in markers.enumerated() where index != owner {
            if Self.distance(from: marker.center, toSegment: leader.0, leader.1) < marker.radius + 2 { return false }
        }
        for line in leaders where Self.segmentsCross(line.0, line.1, leader.0, leader.1) { return false }
        return true
    }

    /// Right, left, above, below, then the four diagonals.
    static func besideCandidates(_ marker: Marker, _ size: Size) -> [Rect] {
        let gap = marker.radius + 6
        let diagonal = gap * 0.75
        let (x, y, w, h) = (marker.center.x, marker.center.y, size.width, size.height)
        return [
            Rect(x: x + gap, y: y - h / 2, width: w, height: h),
            Rect(x: x - gap - w, y: y - h / 2, width: w, height: h),
            Rect(x: x - w / 2, y: y - gap - h, width: w, height: h),
            Rect(x: x - w / 2, y: y + gap, width: w, height: h),
            Rect(x: x + diagonal, y: y - diagonal - h, width: w, height: h),
            Rect(x: x + diagonal, y: y + diagonal, width: w, height: h),
            Rect(x: x - diagonal - w, y: y - diagonal - h, width: w, height: h),
            Rect(x: x - diagonal - w, y: y + diagonal, width: w, height: h),
        ]
    }

    /// Boxes at growing distances in twelve directions, nearly level ones
    /// first: a label to the side reads as belonging to its line.
    static func leaderCandidates(_ marker: Marker, _ size: Size, reaches: [Double]) -> [(box: Rect, leader: (Point, Point))] {
        let angles = [0.0, 180, -30, 30, 150, 210, -60, 60, 120, 240, -90, 90]
        var result: [(box: Rect, leader: (Point, Point))] = []
        for reach in reaches {
            for degrees in angles {
                let angle = degrees * .pi / 180
                let (dx, dy) = (cos(angle), sin(angle))
                let end = Point(x: marker.center.x + dx * (marker.radius + reach), y: marker.center.y + dy * (marker.radius + reach))
                let start = Point(x: marker.center.x + dx * (marker.radius + 2), y: marker.center.y + dy * (marker.radius + 2))
                let box: Rect
                if dx > 0.25 {
                    box = Rect(x: end.x, y: end.y - size.height / 2, width: size.width, height: size.height)
                } else if dx < -0.25 {
                    box = Rect(x: end.x - size.width, y: end.y - size.height / 2, width: size.width, height: size.height)
                } else if dy < 0 {
                    box = Rect(x: end.x - size.width / 2, y: end.y - size.height, width: size.width, height: size.height)
                } else {
                    box = Rect(x: end.x - size.width / 2, y: end.y, width: size.width, height: size.height)
                }
                result.append((box, (start, end)))
            }
        }
        return result
    }

    static func distance(from point: Point, to rect: Rect) -> Double {
        let dx = max(rect.minX - point.x, 0, point.x - rect.maxX)
        let dy = max(rect.minY - point.y, 0, point.y - rect.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    static func distance(from point: Point, toSegment a: Point, _ b: Point) -> Double {
        let (vx, vy) = (b.x - a.x, b.y - a.y)
        let length = vx * vx + vy * vy
        let t = length == 0 ? 0 : max(0, min(1, ((point.x - a.x) * vx + (point.y - a.y) * vy) / length))
        let (px, py) = (a.x + t * vx - point.x, a.y + t * vy - point.y)
        return (px * px + py * py).squareRoot()
    }

    /// Whether the segment passes through the rectangle's inside (touching
    /// its edge at the segment's end, where a leader meets its own label, is not crossing).
    static func segment(_ a: Point, _ b: Point, crosses rect: Rect) -> Bool {
        // Liang–Barsky clipping: the part of the segment inside the rectangle.
        var (low, high) = (0.0, 1.0)
        let (dx, dy) = (b.x - a.x, b.y - a.y)
        for (p, q) in [(-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { low = max(low, t) } else { high = min(high, t) }
                if low > high { return false }
            }
        }
        return high - low > 1e-6
    }

    static func segmentsCross(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
        func side(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let (d1, d2, d3, d4) = (side(c, d, a), side(c, d, b), side(a, b, c), side(a, b, d))
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }
}
