import Foundation
import SDGBriefCairo
import Synchronization
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
    /// `threads` draw the charts side by side (each with a renderer of its
    /// own); the files are the same bytes whatever their number.
    static func export(
        _ report: Report, options: ExportOptions, as file: ChartFile, threads: Int = defaultThreads,
        encode: @escaping @Sendable (_ chart: any Chart, _ drawing: Drawing, _ altText: String, _ canvas: ChartCanvas, _ renderer: CairoRenderer) throws -> Data
    ) throws -> [Artifact] {
        try ChartFileMemo.shared.artifacts(file, report: report, options: options) {
            try draw(report, options: options, as: file, threads: threads, encode: encode)
        }
    }

    /// Two, where there are two cores: the charts are independent, and a
    /// PNG chart is mostly compressing pixels. Not more, because each thread
    /// holds a chart's surface (33 MB for a 16:9 chart at scale 2) while it
    /// draws.
    static let defaultThreads = min(2, ProcessInfo.processInfo.activeProcessorCount)

    /// The files, drawn now (not taken from the memo).
    static func draw(
        _ report: Report, options: ExportOptions, as file: ChartFile, threads: Int,
        encode: @escaping @Sendable (_ chart: any Chart, _ drawing: Drawing, _ altText: String, _ canvas: ChartCanvas, _ renderer: CairoRenderer) throws -> Data
    ) throws -> [Artifact] {
        let plan = try ChartPlan(report, options: options)
        let charts = plan.charts
        let lanes = max(1, min(threads, charts.count))
        // Each lane's charts, by their place in the plan; the first failure.
        let drawn = Mutex<[Int: [Artifact]]>([:])
        let failure = Mutex<(any Error)?>(nil)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            do {
                let rendering = try ChartRendering(language: options.language)
                for index in stride(from: lane, to: charts.count, by: lanes) {
                    if failure.withLock({ $0 != nil }) { return }
                    let chart = charts[index]
                    let drawing = try chart.layout(report, on: plan.canvas, measurer: rendering.renderer.measurer)
                    let altText = chart.altText(report, on: plan.canvas, measurer: rendering.renderer.measurer)
                    let contents = try encode(chart, drawing, altText, plan.canvas, rendering.renderer)
                    let files = [
                        Artifact(path: plan.path(of: chart, file), contents: contents),
                        // Both exporters write these same bytes, so whichever
                        // runs, or both, the alt text is there and identical.
                        Artifact(path: plan.path(of: chart, .altText), text: altText + "\n"),
                    ]
                    drawn.withLock { $0[index] = files }
                }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        return drawn.withLock { files in (0 ..< charts.count).flatMap { files[$0] ?? [] } }
    }
}
