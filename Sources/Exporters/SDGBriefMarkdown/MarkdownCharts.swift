import SDGBriefCharts
import SDGBriefCore

/// The slide charts the Markdown brief shows as images, linked where the
/// chart exporters write them. Their choice and file names are the
/// `ChartPlan`'s, the same the exporters follow, so every link finds its file.
enum MarkdownCharts {
    /// The chart images this export writes and their relative paths: none
    /// unless a chart image format is among the formats written (SVG when
    /// both are), and then the charts of the plan, titled as drawn.
    static func images(for report: Report, options: ExportOptions) throws -> [(title: String, path: String)] {
        guard let image = ChartFile.linkedImage(amongFormats: options.formats) else { return [] }
        let plan = try ChartPlan(report, options: options)
        return plan.charts.map { ($0.title(report, on: plan.canvas), plan.path(of: $0, image)) }
    }
}
