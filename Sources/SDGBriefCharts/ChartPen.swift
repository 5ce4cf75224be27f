import SDGBriefGraphics

/// Sets text for a chart: sizes for slides and measuring with the renderer's
/// measurer, so every run carries the extent it will be drawn with.
struct ChartPen<M: TextMeasurer> {
    let measurer: M
    let palette: ChartPalette

    func style(
        _ size: Double, weight: FontWeight = .regular, color: Color? = nil,
        alignment: TextAlignment = .left, maxWidth: Double? = nil, maxLines: Int? = 1
    ) -> TextStyle {
        TextStyle(
            size: size, weight: weight, color: color ?? palette.text, alignment: alignment,
            maxWidth: maxWidth, maxLines: maxWidth == nil ? nil : maxLines
        )
    }

    func measure(_ text: String, _ style: TextStyle) -> TextMetrics {
        measurer.measure(text, style: style)
    }

    func width(_ text: String, _ size: Double, weight: FontWeight = .regular) -> Double {
        measure(text, style(size, weight: weight)).logical.width
    }

    /// A run whose top-left is `origin`.
    func run(_ text: String, _ style: TextStyle, at origin: Point) -> TextRun {
        TextRun(text, style: style, origin: origin, measuredBy: measurer)
    }

    /// A run whose box is vertically centred on `midY`. With `maxWidth` in
    /// the style the run starts at `x` and aligns within that width.
    func run(_ text: String, _ style: TextStyle, x: Double, midY: Double) -> TextRun {
        let metrics = measure(text, style)
        let origin = Point(x: x, y: midY - metrics.logical.midY)
        return TextRun(text, style: style, origin: origin, metrics: metrics)
    }

    /// The height of one line of text at `size`.
    func lineHeight(_ size: Double) -> Double {
        measure("国", style(size)).logical.height
    }
}
