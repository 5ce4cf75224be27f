/// The extent of a laid-out text run, relative to the run's origin (the
/// top-left corner of its layout box), in canvas units.
public struct TextMetrics: Sendable, Hashable {
    /// The box the text claims: advance widths by line heights. Use this to
    /// place text and to keep runs apart.
    public var logical: Rect
    /// The box the glyphs actually cover; may stick out of `logical` a little.
    public var ink: Rect
    /// The y of the first line's baseline.
    public var baseline: Double
    public var lines: [LineMetrics]
    /// Whether `maxLines` cut the text short.
    public var isEllipsized: Bool

    public init(logical: Rect, ink: Rect, baseline: Double, lines: [LineMetrics], isEllipsized: Bool) {
        self.logical = logical
        self.ink = ink
        self.baseline = baseline
        self.lines = lines
        self.isEllipsized = isEllipsized
    }

    public var lineCount: Int { lines.count }

    /// The same layout seen through a coordinate system scaled by `factor`.
    public func scaled(by factor: Double) -> TextMetrics {
        TextMetrics(
            logical: logical.scaled(by: factor),
            ink: ink.scaled(by: factor),
            baseline: baseline * factor,
            lines: lines.map { LineMetrics(logical: $0.logical.scaled(by: factor), baseline: $0.baseline * factor, utf8Range: $0.utf8Range) },
            isEllipsized: isEllipsized
        )
    }
}
