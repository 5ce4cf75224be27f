import SDGBriefCharts
import SDGBriefCore

/// Slide charts as SVG, sized in px, with a title and description written
/// from the data, and the same description as `.alt.txt` beside each.
public struct SVGChartExporter: ChartPlanDrawing {
    public let name = ChartFile.svg.rawValue
    public let summary = "Slide charts as SVG (charts/*.svg) with alt text"
    /// After the PDF and the PNGs on the bundled report.
    public let costHint = 1

    /// Text the font cannot draw; checked once for all the exporters that draw.
    public func preflight(_ report: Report, options: ExportOptions) -> [ValidationIssue] {
        GlyphCoverageCheck.issues(in: report)
    }

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        try ChartRendering.export(report, options: options, as: .svg) { chart, drawing, altText, canvas, renderer in
            let title = "\(chart.title(report, on: canvas)) · \(canvas.text(report.title))"
            return SVGAccessibility.insert(title: title, description: altText, into: try renderer.renderSVG(drawing))
        }
    }
}
