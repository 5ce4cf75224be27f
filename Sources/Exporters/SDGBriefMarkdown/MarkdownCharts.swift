import SDGBriefCharts
import SDGBriefCore

/// The slide charts the Markdown brief shows as images, with the files the
/// chart exporters write them to (`charts/<id>.svg`, `charts/<id>.png`).
/// Taken from the chart catalogue, whose layouts need no drawing library, so
/// that titles and the choice of charts are the exporters' own.
enum MarkdownCharts {
    /// The chart images this export writes and their relative paths: none
    /// unless a chart format is among the formats written, SVG when both are
    /// (it scales), only the charts `--chart` asked for when it did, and only
    /// charts the report gives something to show, as the exporters decide.
    static func images(for report: Report, options: ExportOptions) -> [(title: String, path: String)] {
        guard let fileExtension = ["svg", "png"].first(where: options.formats.contains) else { return [] }
        let canvas = ChartCanvas(options: options)
        let wanted = options.charts.isEmpty ? ChartCatalog.all : ChartCatalog.all.filter { options.charts.contains($0.id) }
        return wanted.filter { $0.hasData(report, on: canvas) }.map { ($0.title(report, on: canvas), "charts/\($0.id).\(fileExtension)") }
    }
}
