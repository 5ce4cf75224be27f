import Foundation

/// The machine-checkable subset of PDF/UA-1 (16 of its 106 rules: structure
/// tree, artifacts, language, alt text, table headers, link and annotation
/// descriptions, title, the XMP identification) as the `pdfua` checker reads
/// a file. Not a conformance check: veraPDF's profile covers the rest.
///
/// `pdfua` needs a newer pikepdf than Debian's, so `./bootstrap` installs it
/// in a Python environment of its own, apart from the Debian Python the other
/// tests read PDFs with.
public struct PDFUAChecker {
    /// Where `./bootstrap` installs the checker.
    public static let executable = "/opt/sdgbrief-check/bin/pdfua"

    public struct Finding: Decodable, CustomStringConvertible {
        /// "UA-18-005".
        public var ruleID: String
        public var severity: String
        public var message: String
        public var location: String?
        public var page: Int?

        enum CodingKeys: String, CodingKey {
            case ruleID = "rule_id", severity, message, location, page
        }

        public var description: String {
            "\(ruleID) \(severity)\(page.map { " page \($0)" } ?? "") \(location ?? ""): \(message)"
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case unreadable(String)

        public var description: String {
            switch self {
            case .notInstalled: "The PDF/UA checker is not installed at \(PDFUAChecker.executable); run ./bootstrap."
            case .unreadable(let detail): "The PDF/UA checker could not check the file: \(detail)"
            }
        }
    }

    /// What the checker finds in the PDF at `path`, at any severity; throws
    /// if the checker is missing or cannot read the file.
    public static func findings(path: String) throws -> [Finding] {
        guard FileManager.default.isExecutableFile(atPath: executable) else { throw Failure.notInstalled }
        let result = try ExternalTool.run(executable, ["check", "--format", "json", path])
        // 0 clean, 1–3 findings by severity; anything else is no verdict.
        guard (0 ... 3).contains(result.status) else {
            throw Failure.unreadable("exit \(result.status): \(result.errorText)\(result.text)")
        }
        struct Report: Decodable {
            struct Summary: Decodable { var findings: Int }
            var summary: Summary
            var findings: [Finding]
        }
        let report = try JSONDecoder().decode(Report.self, from: result.output)
        guard report.summary.findings == report.findings.count, (report.findings.isEmpty) == (result.status == 0) else {
            throw Failure.unreadable("exit \(result.status) with \(report.findings.count) findings listed")
        }
        return report.findings
    }
}
