/// A rectangle, optionally with rounded corners, filled and/or stroked.
public struct RectMark: Sendable, Hashable {
    public var rect: Rect
    public var cornerRadius: Double
    public var fill: Color?
    public var stroke: Stroke?

    public init(_ rect: Rect, cornerRadius: Double = 0, fill: Color? = nil, stroke: Stroke? = nil) {
        self.rect = rect
        self.cornerRadius = cornerRadius
        self.fill = fill
        self.stroke = stroke
    }
}
