/// One step of a path outline.
public enum PathElement: Sendable, Hashable {
    case move(to: Point)
    case line(to: Point)
    /// A cubic Bézier curve from the current point.
    case curve(to: Point, control1: Point, control2: Point)
    case close
}
