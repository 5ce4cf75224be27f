import SDGBriefCharts
import SDGBriefCore

/// Slide charts as PNG at `pngScale` device pixels per px, with the same
/// `.alt.txt` the SVG exporter writes, so `--format png` alone has alt text.
public struct PNGChartExporter: Exporter {
    public let name = "png"
    public let drawsText = true
    public let summary = "Slide charts as PNG (charts/*.png) with alt text"

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        let charts = try ChartRendering.selection(options.charts, report: report, options: options)
        let rendering = try ChartRendering()
        var artifacts: [Artifact] = []
        for chart in charts {
            let drawing = try rendering.drawing(chart, report, options: options)
            let png = try rendering.renderer.renderPNG(drawing, scale: options.pngScale)
            artifacts.append(Artifact(path: "charts/\(chart.id).png", contents: png))
            artifacts.append(ChartRendering.altTextArtifact(chart, report, options: options))
        }
        return artifacts
    }
}
