import Foundation
import SDGBriefCore
import Yams

/// Reads a report from YAML or JSON (the same schema; JSON is read as the YAML
/// it also is, so both get line numbers), and checks it: structure first, then
/// the model's own validation. Every problem comes back located.
public struct ReportLoader: Sendable {
    /// Real reports are tens of kilobytes; a city network's export of
    /// thousands of cases is about 5 KB a case even written compactly (900
    /// characters of narrative alone are 2.7 KB of UTF-8), so ten thousand
    /// cases are some 48 MB. A file larger than this is a mistake or an attack.
    public static let maximumFileSize = 48 * 1024 * 1024

    /// Checks beyond the model's own validation, located like the others: the
    /// command line adds one that needs the fonts, which the loader knows nothing of.
    public var additionalChecks: [@Sendable (Report) -> [ValidationIssue]]

    public init(additionalChecks: [@Sendable (Report) -> [ValidationIssue]] = []) {
        self.additionalChecks = additionalChecks
    }

    /// Loads and validates the report at `url`, named in messages as `displayName`
    /// (by default the path as given).
    public func load(contentsOf url: URL, displayName: String? = nil) throws(ReportLoadError) -> Report {
        let name = displayName ?? url.relativePath
        let data = try readFile(url, name: name)
        return try load(data: data, name: name)
    }

    /// Loads and validates a report held in memory; `name` is used in messages.
    public func load(data: Data, name: String) throws(ReportLoadError) -> Report {
        let text = try checkedText(data, name: name)
        // Only a valid report stays on the fast path, which knows no
        // positions: any problem at all is found again on the slow path, so
        // every message and its line are those the slow path has always given.
        if let report = Self.fastReport(from: text), issues(in: report).isEmpty {
            return report
        }
        return try loadLocatingProblems(text, documentSize: data.count, name: name)
    }

    /// The report the fast path reads from `text` (UTF-8 without a byte-order
    /// mark), not yet validated; nil wherever the slow path must decide.
    static func fastReport(from text: Data) -> Report? {
        text.withUnsafeBytes { bytes -> Report? in
            // The slow path refuses what looks too deeply nested, even where
            // the scan overcounts a valid file; the fast path must refuse it too.
            guard NestingScanner.firstExcess(in: bytes) == nil else { return nil }
            return SchemaGuidedEventReport.report(from: bytes)
        }
    }

    /// Every problem the model's validation and the additional checks find,
    /// all of them, so that one run of `validate` lists everything.
    private func issues(in report: Report) -> [ValidationIssue] {
        ReportValidator().validate(report) + additionalChecks.flatMap { $0(report) }
    }

    /// The slow path: Yams' node tree, checked field by field with positions.
    func loadLocatingProblems(_ text: Data, documentSize: Int, name: String) throws(ReportLoadError) -> Report {
        let node = try parse(String(decoding: text, as: UTF8.self), name: name)
        var checker = StructureChecker(documentSize: documentSize)
        checker.check(node, against: ReportSchema.report, at: .root)
        if !checker.problems.isEmpty {
            let structural = checker.problems.map { path, mark, message in
                Diagnostic(file: name, line: mark?.line, column: mark?.column, path: path, message: message)
            }
            throw ReportLoadError((structural + semanticDiagnostics(despite: checker, node: node, name: name)).sortedByPosition())
        }
        let report: Report
        do {
            if let json = SchemaGuidedJSON.data(node, schema: ReportSchema.report), let decoded = try? JSONDecoder().decode(Report.self, from: json) {
                report = decoded
            } else {
                report = try YAMLDecoder().decode(Report.self, from: node)
            }
        } catch {
            // The structure check should have caught anything decoding rejects;
            // if not, still report it rather than crash.
            throw ReportLoadError([Diagnostic(file: name, message: "cannot read the report: \(error)")])
        }
        let issues = issues(in: report)
        if !issues.isEmpty {
            throw ReportLoadError(issues.map { issue in
                let mark = checker.nearestMark(for: issue.path)
                return Diagnostic(file: name, line: mark?.line, column: mark?.column, path: issue.path, message: issue.message)
            }.sortedByPosition())
        }
        return report
    }

    /// What the model's validation finds in the parts of a structurally
    /// broken file that are sound: the file is decoded with stand-ins where
    /// it is broken, and whatever is said at or under a broken place is left
    /// out, since that place already has its message.
    private func semanticDiagnostics(despite checker: StructureChecker, node: Node, name: String) -> [Diagnostic] {
        guard !checker.exceededBudget,
            let report = try? JSONDecoder().decode(Report.self, from: RepairedJSON.data(node, schema: ReportSchema.report))
        else { return [] }
        let broken = checker.problems.map(\.0)
        return issues(in: report)
            .filter { issue in !broken.contains { issue.path.starts(with: $0) } }
            .map { issue in
                let mark = checker.nearestMark(for: issue.path)
                return Diagnostic(file: name, line: mark?.line, column: mark?.column, path: issue.path, message: issue.message)
            }
    }

    /// Reads a report file's bytes, refusing directories and files over the size limit.
    public func readFile(_ url: URL, name: String) throws(ReportLoadError) -> Data {
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        } catch {
            throw ReportLoadError([Diagnostic(file: name, message: "cannot read the file: no such file or no permission")])
        }
        if (attributes[.type] as? FileAttributeType) == .typeDirectory {
            throw ReportLoadError([Diagnostic(file: name, message: "is a directory, not a report file")])
        }
        if let size = attributes[.size] as? Int, size > Self.maximumFileSize {
            throw tooLarge(size, name: name)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ReportLoadError([Diagnostic(file: name, message: "cannot read the file: \(error.localizedDescription)")])
        }
    }

    private func tooLarge(_ size: Int, name: String) -> ReportLoadError {
        ReportLoadError([Diagnostic(file: name, message: "file is \(size) bytes; report files may be at most \(Self.maximumFileSize) bytes")])
    }

    /// The text of `data` without a byte-order mark, once it is known to be
    /// non-empty UTF-8 with no NUL byte.
    private func checkedText(_ data: Data, name: String) throws(ReportLoadError) -> Data {
        if data.count > Self.maximumFileSize { throw tooLarge(data.count, name: name) }
        var bytes = data
        // Editors on Windows often save UTF-8 with a byte-order mark; it carries no content.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let problem = bytes.withUnsafeBytes { raw -> Diagnostic? in
            if TextScreening.isBlank(raw) {
                return Diagnostic(file: name, message: "file is empty")
            }
            if let line = TextScreening.lineOfFirstNUL(in: raw) {
                return Diagnostic(file: name, line: line, message: "file contains a NUL byte: this is a binary file, not YAML or JSON text")
            }
            if let (line, column) = TextScreening.firstInvalidUTF8(in: raw) {
                return Diagnostic(file: name, line: line, column: column, message: "invalid UTF-8 (save the file as UTF-8)")
            }
            return nil
        }
        if let problem { throw ReportLoadError([problem]) }
        return bytes
    }

    private func parse(_ text: String, name: String) throws(ReportLoadError) -> Node {
        if let (line, depth) = NestingScanner.firstExcess(in: text) {
            throw ReportLoadError([Diagnostic(file: name, line: line, message: "nesting deeper than \(depth) levels; a report needs a handful")])
        }
        let node: Node?
        do {
            node = try Parser(yaml: text, encoding: .utf8).singleRoot()
        } catch let error as YamlError {
            throw ReportLoadError([Diagnostic(yamlError: error, file: name)])
        } catch {
            throw ReportLoadError([Diagnostic(file: name, message: "cannot parse: \(error)")])
        }
        guard let node else {
            throw ReportLoadError([Diagnostic(file: name, message: "file is empty")])
        }
        return node
    }
}

extension StructureChecker {
    /// The position of `path`, or of the closest enclosing field that has one:
    /// a missing field is reported where its parent is.
    func nearestMark(for path: FieldPath) -> Mark? {
        var components = path.components
        while true {
            if let mark = marks[FieldPath(components)] { return mark }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }
}

extension FieldPath {
    /// Whether this path is `prefix` or lies under it.
    func starts(with prefix: FieldPath) -> Bool {
        components.starts(with: prefix.components)
    }
}

extension [Diagnostic] {
    func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let lhs = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let rhs = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return lhs < rhs
        }.map(\.element)
    }
}
