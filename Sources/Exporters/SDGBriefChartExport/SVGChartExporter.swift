import SDGBriefCharts
import SDGBriefCore

/// Slide charts as SVG, sized in px, with a title and description written
/// from the data, and the same description as `.alt.txt` beside each.
public struct SVGChartExporter: Exporter {
    public let name = "svg"
    public let drawsText = true
    public let summary = "Slide charts as SVG (charts/*.svg) with alt text"
    /// After the PDF and the PNGs on the bundled report.
    public let costHint = 1

    /// Text the font cannot draw; checked once for all the exporters that draw.
    public func preflight(_ report: Report, options: ExportOptions) -> [ValidationIssue] {
        GlyphCoverageCheck.issues(in: report)
    }

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        let canvas = ChartRendering.canvas(options)
        return try ChartRendering.export(report, options: options) { chart, drawing, renderer in
            let svg = try renderer.renderSVG(drawing)
            let title = "\(chart.title(report, on: canvas)) · \(canvas.text(report.title))"
            let titled = SVGAccessibility.insert(title: title, description: chart.altText(report, on: canvas, measurer: renderer.measurer), into: svg)
            return Artifact(path: "charts/\(chart.id).svg", contents: titled)
        }
    }
}
