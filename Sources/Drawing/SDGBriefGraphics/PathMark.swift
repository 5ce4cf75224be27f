/// An arbitrary outline, filled (non-zero winding) and/or stroked.
public struct PathMark: Sendable, Hashable {
    public var path: Path
    public var fill: Color?
    public var stroke: Stroke?

    public init(_ path: Path, fill: Color? = nil, stroke: Stroke? = nil) {
        self.path = path
        self.fill = fill
        self.stroke = stroke
    }
}
