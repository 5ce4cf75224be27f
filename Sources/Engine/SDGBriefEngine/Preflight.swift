import SDGBriefCore

/// What the chosen exporters check before anything is written, as one check
/// for `ReportLoader.additionalChecks`, so that their problems come with the
/// report's own, each located at its line.
public enum Preflight {
    /// Each exporter's `preflight`, in order, every issue once: exporters
    /// that share a check (the drawing ones and the font) report it once.
    public static func check(_ exporters: [any Exporter], options: ExportOptions) -> @Sendable (Report) -> [ValidationIssue] {
        { report in
            var seen = Set<ValidationIssue>()
            return exporters.flatMap { $0.preflight(report, options: options) }.filter { seen.insert($0).inserted }
        }
    }
}
