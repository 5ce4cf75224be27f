import Foundation
import SDGBriefCore

/// One `export` after the report is loaded: runs the exporters concurrently
/// into the output directory's staging area with a progress display, adds the
/// manifest from the digests taken while writing, and renames everything into
/// place.
public struct StagedExport {
    let exporters: [any Exporter]
    let report: Report
    let options: ExportOptions
    /// How messages and the manifest name the report.
    let inputName: String
    let quiet: Bool

    /// `quiet` turns the progress display off; it shows only on a terminal anyway.
    public init(exporters: [any Exporter], report: Report, options: ExportOptions, inputName: String, quiet: Bool) {
        self.exporters = exporters
        self.report = report
        self.options = options
        self.inputName = inputName
        self.quiet = quiet
    }

    /// `SDGBRIEF_TIMINGS=1` prints each format's wall time on standard error,
    /// for the benchmarks, which compare a format's own work with a C program
    /// doing the same, without the loading every run shares.
    static var printsTimings: Bool { ProcessInfo.processInfo.environment["SDGBRIEF_TIMINGS"] == "1" }

    /// Returns the paths written, the manifest last. `inputDigest` is the
    /// report file's SHA-256 (`Manifest.digest`), taken when it was read, so
    /// that its bytes need not stay in memory while the exporters run.
    public func write(into directory: inout OutputDirectory, inputDigest: String) throws(ExportError) -> [String] {
        // The loader's trees are garbage now; without this the exporters'
        // threads grow arenas of their own beside them.
        ProcessMemory.releaseFreed()
        if Self.printsTimings {
            ProcessMemory.resetPeak()
            if let memory = ProcessMemory.resident() { StandardError.write("memory loaded \(memory.current)") }
        }
        defer {
            if Self.printsTimings, let memory = ProcessMemory.resident() { StandardError.write("memory export-peak \(memory.peak)") }
        }
        let progress = ProgressDisplay(formats: exporters.map(\.name), enabled: !quiet && ProgressDisplay.standardErrorIsTerminal)
        let staging = directory.staging(onProgress: { progress.update($0, $1) })
        var run = ExportRun(exporters: exporters, report: report, options: options, inputName: inputName)
        let names = exporters.map(\.name)
        let timings = Self.printsTimings
        run.onStart = { progress.started($0) }
        run.onFinish = { index, seconds in
            progress.finished(index)
            if timings { StandardError.write("timing \(names[index]) \(String(format: "%.4f", seconds))") }
        }
        return try InterruptionCleanup.during(staging, onInterrupt: { progress.finish() }) { () throws(ExportError) in
            do throws(ExportError) {
                try run.run(into: staging)
            } catch {
                progress.finish()
                throw error
            }
            progress.finish()
            let files = staging.stagedFiles.map { Manifest.File(path: $0.path, size: $0.size, sha256: $0.sha256) }
            var manifest = Manifest(inputName: inputName, inputDigest: inputDigest, files: files)
            if let earlier = Self.earlierManifest(in: directory.url) {
                manifest = manifest.merging(earlier) { path in
                    ArtifactPath.isSafe(path) && FileManager.default.fileExists(atPath: directory.url.appendingPathComponent(path).path)
                }
            }
            do {
                // Staged with the rest and renamed last, so it only ever lists files already in place.
                try staging.sink(forExporter: exporters.count).write(manifest.artifact())
            } catch {
                staging.abandon()
                throw error as? ExportError ?? .software("\(error)")
            }
            return try directory.commit(staging).map(\.path)
        }
    }

    /// The manifest an earlier export left, if it can be read.
    static func earlierManifest(in directory: URL) -> Manifest? {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(Manifest.fileName)) else { return nil }
        return try? JSONDecoder().decode(Manifest.self, from: data)
    }
}
