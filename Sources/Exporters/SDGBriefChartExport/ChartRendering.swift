import Foundation
import SDGBriefCairo
import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics

/// What the SVG and PNG exporters share: drawing the charts their plan
/// chooses with the renderer's own measurer, and the alt text file beside each.
struct ChartRendering {
    let renderer: CairoRenderer

    init(language: String = "zh") throws {
        do {
            renderer = try CairoRenderer(language: language)
        } catch {
            throw ExportFailure(.unavailable, error.description)
        }
    }

    /// What both exporters do for every chart of the plan: lay it out, let
    /// `encode` turn the drawing (and its alt text, which the SVG carries
    /// inside) into the bytes of the chart's `file`, and add the alt text file.
    /// Files drawn a moment ago for the same report and options (the deck
    /// asks for the files the exporters write) are not drawn again.
    static func export(
        _ report: Report, options: ExportOptions, as file: ChartFile,
        encode: (_ chart: any Chart, _ drawing: Drawing, _ altText: String, _ canvas: ChartCanvas, _ renderer: CairoRenderer) throws -> Data
    ) throws -> [Artifact] {
        try ChartFileMemo.shared.artifacts(file, report: report, options: options) {
            try draw(report, options: options, as: file, encode: encode)
        }
    }

    private static func draw(
        _ report: Report, options: ExportOptions, as file: ChartFile,
        encode: (_ chart: any Chart, _ drawing: Drawing, _ altText: String, _ canvas: ChartCanvas, _ renderer: CairoRenderer) throws -> Data
    ) throws -> [Artifact] {
        let plan = try ChartPlan(report, options: options)
        let rendering = try ChartRendering(language: options.language)
        var artifacts: [Artifact] = []
        for chart in plan.charts {
            let drawing = try chart.layout(report, on: plan.canvas, measurer: rendering.renderer.measurer)
            let altText = chart.altText(report, on: plan.canvas, measurer: rendering.renderer.measurer)
            let contents = try encode(chart, drawing, altText, plan.canvas, rendering.renderer)
            artifacts.append(Artifact(path: plan.path(of: chart, file), contents: contents))
            // Both exporters write these same bytes, so whichever runs, or
            // both, the alt text is there and identical.
            artifacts.append(Artifact(path: plan.path(of: chart, .altText), text: altText + "\n"))
        }
        return artifacts
    }
}
