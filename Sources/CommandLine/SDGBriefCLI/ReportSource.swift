import Foundation
import SDGBriefCore
import SDGBriefLoader

/// Where the report comes from: a file the user names, or the one sdgbrief ships.
enum ReportSource {
    case bundled
    case file(String)

    /// What shell completion offers for a report file.
    static let fileExtensions = ["yaml", "yml", "json"]

    init(_ path: String?) {
        self = path.map(ReportSource.file) ?? .bundled
    }

    /// How messages and the manifest name the source.
    var name: String {
        switch self {
        case .bundled: BundledReport.displayName
        case .file(let path): path
        }
    }

    func load(checks: [@Sendable (Report) -> [ValidationIssue]] = []) throws(CLIError) -> Report {
        try loadWithBytes(checks: checks).report
    }

    /// The report and the bytes it was read from, for the manifest's input digest.
    func loadWithBytes(checks: [@Sendable (Report) -> [ValidationIssue]] = []) throws(CLIError) -> (report: Report, bytes: Data) {
        do {
            let loader = ReportLoader(additionalChecks: checks)
            let bytes: Data
            switch self {
            case .bundled:
                bytes = Data(BundledReport.yaml.utf8)
            case .file(let path):
                bytes = try loader.readFile(URL(fileURLWithPath: path), name: path)
            }
            return (try loader.load(data: bytes, name: name), bytes)
        } catch {
            throw CLIError(error)
        }
    }
}
