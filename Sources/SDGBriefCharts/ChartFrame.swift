import SDGBriefCore
import SDGBriefGraphics

/// The parts every chart shares: background, title, a line of context under
/// it and the source line at the foot, and the area left for the chart itself.
struct ChartFrame {
    var drawing: Drawing
    /// Where the chart's own marks go.
    var plot: Rect
    /// The horizontal margin, for charts that align things with the title.
    var margin: Double

    init<M: TextMeasurer>(title: String, subtitle: String, report: Report, canvas: ChartCanvas, pen: ChartPen<M>) {
        let size = canvas.size
        drawing = Drawing(size: size, background: pen.palette.background)
        margin = max(56, (size.width * 0.05).rounded())
        let top = max(48, (size.height * 0.055).rounded())
        let bottom = max(36, (size.height * 0.04).rounded())
        let width = size.width - 2 * margin

        let titleRun = pen.run(title, pen.style(ChartFontSize.title, weight: .bold, maxWidth: width), at: Point(x: margin, y: top))
        drawing.append(.text(titleRun))
        let subtitleRun = pen.run(
            subtitle,
            pen.style(ChartFontSize.subtitle, color: pen.palette.secondaryText, maxWidth: width),
            at: Point(x: margin, y: titleRun.extent.maxY + 8)
        )
        drawing.append(.text(subtitleRun))

        let footerStyle = pen.style(ChartFontSize.small, color: pen.palette.secondaryText, maxWidth: width)
        let footerText = canvas.words.chart.source(canvas.text(report.title))
        let footerHeight = pen.measure(footerText, footerStyle).logical.height
        let footer = pen.run(footerText, footerStyle, at: Point(x: margin, y: size.height - bottom - footerHeight))
        drawing.append(.text(footer))

        let plotTop = subtitleRun.extent.maxY + 36
        plot = Rect(x: margin, y: plotTop, width: width, height: max(0, footer.extent.minY - 28 - plotTop))
    }

    mutating func append(_ mark: Mark) { drawing.append(mark) }
    mutating func append(_ run: TextRun) { drawing.append(.text(run)) }
    mutating func append(contentsOf marks: [Mark]) { drawing.marks += marks }
}
