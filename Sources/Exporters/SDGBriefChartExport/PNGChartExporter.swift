import SDGBriefCharts
import SDGBriefCore

/// Slide charts as PNG at `pngScale` device pixels per px, with the same
/// `.alt.txt` the SVG exporter writes, so `--format png` alone has alt text.
public struct PNGChartExporter: ChartPlanDrawing {
    public let name = ChartFile.png.rawValue
    public let summary = "Slide charts as PNG (charts/*.png) with alt text"
    /// The costliest on the bundled report: drawing and compressing pixels.
    public let costHint = 3

    /// Text the font cannot draw; checked once for all the exporters that draw.
    public func preflight(_ report: Report, options: ExportOptions) -> [ValidationIssue] {
        GlyphCoverageCheck.issues(in: report)
    }

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        try ChartRendering.export(report, options: options, as: .png) { _, drawing, _, _, renderer in
            try renderer.renderPNG(drawing, scale: options.pngScale)
        }
    }
}
