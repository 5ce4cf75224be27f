/// A straight stroked segment.
public struct LineMark: Sendable, Hashable {
    public var from: Point
    public var to: Point
    public var stroke: Stroke

    public init(from: Point, to: Point, stroke: Stroke) {
        self.from = from
        self.to = to
        self.stroke = stroke
    }
}
