/// One laid-out line of a text run, relative to the run's origin.
public struct LineMetrics: Sendable, Hashable {
    /// The line's logical box: its advance width by its line height.
    public var logical: Rect
    /// The y of the line's baseline.
    public var baseline: Double

    public init(logical: Rect, baseline: Double) {
        self.logical = logical
        self.baseline = baseline
    }
}
