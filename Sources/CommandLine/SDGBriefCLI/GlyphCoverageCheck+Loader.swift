import SDGBriefChartExport
import SDGBriefCore

extension GlyphCoverageCheck {
    /// The check for `ReportLoader.additionalChecks`, after making sure the
    /// font is installed at all (exit 69 when it is not).
    static func make() throws(CLIError) -> @Sendable (Report) -> [ValidationIssue] {
        do {
            try requireFont()
        } catch {
            throw .unavailable(error.message)
        }
        return { report in issues(in: report) }
    }
}
