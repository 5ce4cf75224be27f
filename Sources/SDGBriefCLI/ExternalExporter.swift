import Foundation
import SDGBriefCore
import SDGBriefJSON

/// A format someone added without changing sdgbrief: an executable named
/// `sdgbrief-export-<name>`, run with the report as JSON on standard input
/// under the contract in `PluginContract` (docs/extending.md). What it writes
/// into its own fresh directory comes back as artifacts, so the same
/// all-or-nothing writing and manifest apply as to a built-in format.
struct ExternalExporter: Exporter {
    let name: String
    let executable: URL
    var arguments: [String] = []
    var timeout: TimeInterval = 60

    var summary: String { "(external: \(executable.path))" }

    func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        // Exactly what `--format json` writes, schemaVersion included.
        let input = try JSONExporter().export(report, options: options).first?.contents ?? Data()
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
