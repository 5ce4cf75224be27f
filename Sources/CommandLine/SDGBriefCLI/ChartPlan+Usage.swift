import SDGBriefCharts
import SDGBriefCore

extension ChartPlan {
    /// The plan for an export, its problems (an empty chart asked for, a
    /// `--metric` no case has) turned into usage errors before anything is
    /// written.
    static func checked(_ report: Report, options: ExportOptions) throws(CLIError) -> ChartPlan {
        do {
            return try ChartPlan(report, options: options)
        } catch {
            throw .usage(error.message)
        }
    }
}
