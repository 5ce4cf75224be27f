import Foundation
import SDGBriefCore

/// A format someone added without changing sdgbrief: an executable named
/// `sdgbrief-export-<name>`, run with the report as JSON on standard input
/// under the contract in `PluginContract` (docs/extending.md). What it writes
/// into its own fresh directory comes back as artifacts, so the same
/// all-or-nothing writing and manifest apply as to a built-in format.
public struct ExternalExporter: Exporter {
    /// Writes the report as a plugin reads it on standard input.
    public typealias ReportInput = @Sendable (Report, ExportOptions) throws -> Data

    /// The format name, from the executable's name.
    public let name: String
    /// The program run.
    public let executable: URL
    let reportInput: ReportInput
    var arguments: [String] = []
    var timeout: TimeInterval = 60

    /// Made by `PluginSearch`, or directly by a program that knows its plugin.
    public init(name: String, executable: URL, reportInput: @escaping ReportInput, arguments: [String] = [], timeout: TimeInterval = 60) {
        self.name = name
        self.executable = executable
        self.reportInput = reportInput
        self.arguments = arguments
        self.timeout = timeout
    }

    /// Says where the program is, for `sdgbrief formats`.
    public var summary: String { "(external: \(executable.path))" }

    /// Runs the program once and collects what it wrote.
    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        // Exactly what `--format json` writes, schemaVersion included.
        let input = try reportInput(report, options)
        let scratch = try makeScratchDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let work = scratch.appendingPathComponent("work"), output = scratch.appendingPathComponent("output")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)

        let process = PluginProcess(
            executable: executable.path,
            arguments: arguments,
            environment: PluginContract.environment(
                format: name, outputDirectory: output.path, scratchDirectory: work.path, options: options),
            workingDirectory: work.path,
            input: input,
            timeout: timeout
        )
        let outcome: PluginProcess.Outcome
        do {
            outcome = try process.run()
        } catch {
            throw failure("it could not be started: \(error.reason)")
        }
        let said = String(decoding: outcome.standardError, as: UTF8.self)
        func failed(_ reason: String) -> PluginFailure {
            failure(reason, standardError: said, truncated: outcome.standardErrorTruncated)
        }
        if let stream = outcome.floodedStream {
            throw failed("it wrote more than \(PluginContract.streamLimit >> 20) MiB to \(stream) and was stopped")
        }
        if outcome.timedOut {
            throw failed("it ran longer than \(MetricFormatter.plainNumber(timeout)) s (--plugin-timeout) and was stopped")
        }
        if let signal = outcome.signal {
            throw failed("it was ended by signal \(signal)")
        }
        if let status = outcome.exitStatus, status != 0 {
            throw failed("it exited with status \(status)")
        }
        do {
            return try PluginOutput.artifacts(in: output)
        } catch {
            throw failed(error.reason)
        }
    }

    private func failure(_ reason: String, standardError: String = "", truncated: Bool = false) -> PluginFailure {
        PluginFailure(
            name: name, executable: executable.path, reason: reason,
            standardError: standardError, standardErrorTruncated: truncated)
    }

    /// A directory only this run knows, made with mkdtemp so no other user can take its name first.
    private func makeScratchDirectory() throws -> URL {
        var template = Array(FileManager.default.temporaryDirectory.appendingPathComponent("sdgbrief-plugin-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw failure("no temporary directory could be made for it: \(String(cString: strerror(errno)))")
        }
        return URL(fileURLWithPath: String(cString: made), isDirectory: true)
    }
}
