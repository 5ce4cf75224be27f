import SDGBriefCharts
import SDGBriefCore

/// `--metric` checked by the chart it concerns, before anything is drawn,
/// whichever formats were asked for; a problem is a usage error.
enum ChartMetricOption {
    static func validate(_ metric: String?, charts: [String] = [], in report: Report) throws(CLIError) {
        if let problem = PopulationChart.metricProblem(metric, charts: charts, in: report) { throw .usage(problem) }
    }
}
