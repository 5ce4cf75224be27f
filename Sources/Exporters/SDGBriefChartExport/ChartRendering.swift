import Foundation
import SDGBriefCairo
import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics

/// What the SVG and PNG exporters share: choosing the charts, laying them out
/// with the renderer's own measurer, and the alt text file beside each.
struct ChartRendering {
    let renderer: CairoRenderer

    init(language: String = "zh") throws {
        do {
            renderer = try CairoRenderer(language: language)
        } catch {
            throw ExportFailure(.unavailable, error.description)
        }
    }

    /// The requested charts in catalog order, each once, so the output does
    /// not depend on the order ids were given in. With none requested, every
    /// chart the report gives something to show; one requested by name that
    /// would be empty is refused rather than drawn as an empty axis.
    static func selection(_ ids: [String], report: Report, options: ExportOptions) throws -> [any Chart] {
        let wanted = ids.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let canvas = canvas(options)
        if wanted.isEmpty { return ChartCatalog.all.filter { $0.hasData(report, on: canvas) } }
        if let unknown = wanted.first(where: { ChartCatalog.chart(id: $0) == nil }) {
            throw ExportFailure(.invalidOption, "unknown chart \"\(unknown)\" (known charts: \(ChartCatalog.ids.joined(separator: ", ")))")
        }
        let chosen = ChartCatalog.all.filter { wanted.contains($0.id) }
        if let empty = chosen.first(where: { !$0.hasData(report, on: canvas) }) {
            throw ExportFailure(.invalidOption, "--chart \(empty.id): this report gives the chart nothing to show")
        }
        return chosen
    }

    static func canvas(_ options: ExportOptions) -> ChartCanvas {
        ChartCanvas(options: options)
    }

    func drawing(_ chart: any Chart, _ report: Report, options: ExportOptions) throws -> Drawing {
        try chart.layout(report, on: Self.canvas(options), measurer: renderer.measurer)
    }

    /// What both exporters do for every selected chart: lay it out, let
    /// `encode` turn the drawing into the chart's file, and add the alt text.
    static func export(
        _ report: Report, options: ExportOptions,
        encode: (_ chart: any Chart, _ drawing: Drawing, _ renderer: CairoRenderer) throws -> Artifact
    ) throws -> [Artifact] {
        let charts = try selection(options.charts, report: report, options: options)
        let rendering = try ChartRendering(language: options.language)
        var artifacts: [Artifact] = []
        for chart in charts {
            let drawing = try rendering.drawing(chart, report, options: options)
            artifacts.append(try encode(chart, drawing, rendering.renderer))
            artifacts.append(altTextArtifact(chart, report, options: options, measurer: rendering.renderer.measurer))
        }
        return artifacts
    }

    /// Both exporters write these same bytes, so whichever runs, or both, the
    /// alt text is there and identical.
    static func altTextArtifact(_ chart: any Chart, _ report: Report, options: ExportOptions, measurer: some TextMeasurer) -> Artifact {
        Artifact(path: "charts/\(chart.id).alt.txt", text: chart.altText(report, on: canvas(options), measurer: measurer) + "\n")
    }
}
