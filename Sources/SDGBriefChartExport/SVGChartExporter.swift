import SDGBriefCharts
import SDGBriefCore

/// Slide charts as SVG, sized in px, with a title and description written
/// from the data, and the same description as `.alt.txt` beside each.
public struct SVGChartExporter: Exporter {
    public let name = "svg"
    public let drawsText = true
    public let summary = "Slide charts as SVG (charts/*.svg) with alt text"

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        let charts = try ChartRendering.selection(options.charts, report: report, options: options)
        let rendering = try ChartRendering()
        var artifacts: [Artifact] = []
        for chart in charts {
            let drawing = try rendering.drawing(chart, report, options: options)
            let svg = try rendering.renderer.renderSVG(drawing)
            let alt = chart.altText(report, on: ChartRendering.canvas(options))
            let titled = SVGAccessibility.insert(title: "\(chart.title(report, on: ChartRendering.canvas(options))) · \(report.title.zh)", description: alt, into: svg)
            artifacts.append(Artifact(path: "charts/\(chart.id).svg", contents: titled))
            artifacts.append(ChartRendering.altTextArtifact(chart, report, options: options))
        }
        return artifacts
    }
}
