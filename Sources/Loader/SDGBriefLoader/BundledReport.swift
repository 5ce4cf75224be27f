import Foundation
import SDGBriefCore

/// The report sdgbrief ships with, embedded in the binary at build time from
/// `Assets/report.yaml`, so an installed `sdgbrief` needs no files beside it.
public enum BundledReport {
    /// How messages name the bundled report.
    public static let displayName = "Assets/report.yaml"

    /// The YAML text exactly as it stands in `Assets/report.yaml`.
    public static var yaml: String { bundledReportYAML }

    public static func load() throws(ReportLoadError) -> Report {
        try ReportLoader().load(data: Data(yaml.utf8), name: displayName)
    }
}
