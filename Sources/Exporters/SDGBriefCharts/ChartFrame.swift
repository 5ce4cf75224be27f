import SDGBriefCore
import SDGBriefGraphics

/// The parts every chart shares: background, title, a line of context under
/// it and the source line at the foot, and the area left for the chart itself.
/// The frame's three runs are the drawing's first three marks (title,
/// subtitle, source), so that readers of the marks can tell them from the plot.
struct ChartFrame {
    var drawing: Drawing
    /// Where the chart's own marks go.
    var plot: Rect
    /// The horizontal margin, for charts that align things with the title.
    var margin: Double

    /// The sizes of the title, the line under it and the source line.
    struct TextSizes {
        var title = ChartFontSize.title
        var subtitle = ChartFontSize.subtitle
        var footer = ChartFontSize.small
    }

    /// `footer` replaces the source line the brief's words give, for a chart with its own.
    init<M: TextMeasurer>(
        title: String, subtitle: String, report: Report, canvas: ChartCanvas, pen: ChartPen<M>,
        sizes: TextSizes = TextSizes(), footer: String? = nil
    ) {
        let size = canvas.size
        drawing = Drawing(size: size, background: pen.palette.background)
        margin = max(56, (size.width * 0.05).rounded())
        let top = max(40, (size.height * 0.04).rounded())
        let bottom = max(30, (size.height * 0.03).rounded())
        let width = size.width - 2 * margin

        let titleRun = pen.run(title, Self.titleStyle(title, size: sizes.title, floor: canvas.titleFloor, width: width, pen: pen), at: Point(x: margin, y: top))
        drawing.append(.text(titleRun))
        let subtitleRun = pen.run(
            subtitle,
            pen.style(sizes.subtitle, color: pen.palette.secondaryText, maxWidth: width),
            at: Point(x: margin, y: titleRun.extent.maxY + 4)
        )
        drawing.append(.text(subtitleRun))

        // A long report title wraps in the source line rather than being cut.
        let footerStyle = pen.style(sizes.footer, color: pen.palette.secondaryText, maxWidth: width, maxLines: 3)
        let footerText = footer ?? canvas.words.chart.source(canvas.text(report.title))
        let footerHeight = pen.measure(footerText, footerStyle).logical.height
        let footerRun = pen.run(footerText, footerStyle, at: Point(x: margin, y: size.height - bottom - footerHeight))
        drawing.append(.text(footerRun))

        let plotTop = subtitleRun.extent.maxY + 32
        plot = Rect(x: margin, y: plotTop, width: width, height: max(0, footerRun.extent.minY - 24 - plotTop))
    }

    /// A title too long for one line is set smaller, down to the canvas's
    /// floor, and then wraps, up to three lines: a cut title loses the words
    /// that say what the chart shows. Past three lines the pen shortens it after all.
    static func titleStyle<M: TextMeasurer>(_ title: String, size: Double, floor share: Double, width: Double, pen: ChartPen<M>) -> TextStyle {
        let floor = (size * share).rounded()
        var style = pen.style(size, weight: .bold, maxWidth: width)
        while style.size > floor, pen.measure(title, style).isEllipsized {
            style.size = max(floor, style.size - 2)
        }
        if pen.measure(title, style).isEllipsized { style.maxLines = 3 }
        return style
    }

    mutating func append(_ mark: Mark) { drawing.append(mark) }
    mutating func append(_ run: TextRun) { drawing.append(.text(run)) }
    mutating func append(contentsOf marks: [Mark]) { drawing.marks += marks }
}
