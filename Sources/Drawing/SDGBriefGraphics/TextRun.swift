/// A block of text placed on the canvas together with its measured extent,
/// so that a layout can be checked for overlap and overflow without drawing.
public struct TextRun: Sendable, Hashable {
    public var text: String
    public var style: TextStyle
    /// The top-left corner of the layout box. With a `maxWidth`, the box is
    /// that wide and alignment happens inside it.
    public var origin: Point
    /// The measurement the layout placed the run by, relative to `origin`.
    public var metrics: TextMetrics

    public init(_ text: String, style: TextStyle, origin: Point, metrics: TextMetrics) {
        self.text = text
        self.style = style
        self.origin = origin
        self.metrics = metrics
    }

    /// Measures with `measurer`, so the stored extent is the one the renderer
    /// will draw as long as `measurer` is the renderer's.
    public init(_ text: String, style: TextStyle, origin: Point, measuredBy measurer: some TextMeasurer) {
        self.init(text, style: style, origin: origin, metrics: measurer.measure(text, style: style))
    }

    /// The logical box on the canvas.
    public var extent: Rect { metrics.logical.offsetBy(dx: origin.x, dy: origin.y) }

    /// The inked box on the canvas.
    public var inkExtent: Rect { metrics.ink.offsetBy(dx: origin.x, dy: origin.y) }

    /// The y of the first baseline on the canvas.
    public var baseline: Double { origin.y + metrics.baseline }
}
