import SDGBriefCharts
import SDGBriefCore

/// `--metric` names a figure id; one no case has is a mistyped option, caught
/// before anything is drawn, whichever formats were asked for.
enum ChartMetricOption {
    static func validate(_ metric: String?, charts: [String] = [], in report: Report) throws(CLIError) {
        guard let metric else { return }
        // Only the population chart compares a figure; with it left out by
        // --chart, the option would do nothing, silently.
        if !charts.isEmpty, !charts.contains(PopulationChart().id) {
            throw .usage("--metric \(metric): only the \(PopulationChart().id) chart compares a figure, and --chart does not draw it (add --chart \(PopulationChart().id), or leave out --metric)")
        }
        guard !report.cases.contains(where: { $0.figures.contains { $0.id == metric } }) else { return }
        let shared = PopulationChart.sharedMetrics(report)
        throw .usage("--metric \(metric): no case states a figure with that id (figures several cases share: \(shared.isEmpty ? "none" : shared.joined(separator: ", ")))")
    }
}
