/// One laid-out line of a text run, relative to the run's origin.
public struct LineMetrics: Sendable, Hashable {
    /// The line's logical box: its advance width by its line height.
    public var logical: Rect
    /// The y of the line's baseline.
    public var baseline: Double
    /// The bytes of the run's UTF-8 text this line shows, when the measurer
    /// knows them: a page layout splits a paragraph between lines with it.
    public var utf8Range: Range<Int>?

    public init(logical: Rect, baseline: Double, utf8Range: Range<Int>? = nil) {
        self.logical = logical
        self.baseline = baseline
        self.utf8Range = utf8Range
    }
}
