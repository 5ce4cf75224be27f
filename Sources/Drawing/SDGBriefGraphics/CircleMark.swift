/// A circle, filled and/or stroked.
public struct CircleMark: Sendable, Hashable {
    public var center: Point
    public var radius: Double
    public var fill: Color?
    public var stroke: Stroke?

    public init(center: Point, radius: Double, fill: Color? = nil, stroke: Stroke? = nil) {
        self.center = center
        self.radius = radius
        self.fill = fill
        self.stroke = stroke
    }

    public var bounds: Rect {
        Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
    }
}
