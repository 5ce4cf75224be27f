import SDGBriefCharts
import SDGBriefCore

/// A plain export leaves out the charts a report gives nothing to show (asking
/// for one by name is refused instead); this line on standard error says
/// which, so that a missing file is not a surprise.
enum EmptyChartsNote {
    static func line(_ report: Report, options: ExportOptions, exporters: [any Exporter]) -> String? {
        // Charts are drawn by the exporters that draw text; a chart named
        // with --chart is never dropped silently.
        guard options.charts.isEmpty, exporters.contains(where: \.drawsText) else { return nil }
        let canvas = ChartCanvas(options.chartSize, theme: options.chartTheme, metric: options.chartMetric, language: options.language)
        let empty = ChartCatalog.all.filter { !$0.hasData(report, on: canvas) }.map(\.id)
        guard !empty.isEmpty else { return nil }
        return "charts not drawn, as this report gives \(empty.count == 1 ? "it" : "them") nothing to show: \(empty.joined(separator: ", "))"
    }
}
