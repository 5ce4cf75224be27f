import Foundation
import SDGBriefCore
import Synchronization
import Testing

@testable import SDGBriefCLI
@testable import SDGBriefEngine

@Suite struct ExportRunTests {
    /// Every built-in format, exported on one thread and then on several at
    /// once, must give the same files with the same bytes.
    @Test func concurrentAndSequentialExportsWriteIdenticalBytes() throws {
        let report = try ReportSource.bundled.load()
        var written: [[String: Data]] = []
        for threads in [1, 4] {
            let root = try SDGBriefBinary.temporaryDirectory()
            var directory = OutputDirectory(path: root.path)
            try directory.prepare()
            let staging = directory.staging()
            var run = ExportRun(exporters: builtinExporters, report: report, options: ExportOptions(), inputName: "bundled")
            run.threads = threads
            try run.run(into: staging)
            _ = try directory.commit(staging)
            var files: [String: Data] = [:]
            for path in SDGBriefBinary.files(in: root) {
                files[path] = try Data(contentsOf: root.appendingPathComponent(path))
            }
            written.append(files)
        }
        #expect(written[0].count > 20)
        #expect(written[0].keys.sorted() == written[1].keys.sorted())
        for (path, bytes) in written[0] {
            #expect(written[1][path] == bytes, "\(path) differs")
        }
    }

    /// The costliest exporter starts first by its own hint, whatever its
    /// name: the engine knows no format by name.
    @Test func startsTheCostliestByItsOwnHint() throws {
        struct Costed: Exporter {
            let name: String
            let summary = "costed"
            let costHint: Int
            func export(_ report: Report, options: ExportOptions) throws -> [Artifact] { [] }
        }
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.appendingPathComponent("out").path)
        try directory.prepare()
        let staging = directory.staging()
        var run = ExportRun(exporters: [Costed(name: "png", costHint: 0), Costed(name: "cheap", costHint: 0), Costed(name: "slow", costHint: 5)],
                            report: try ReportSource.bundled.load(), options: ExportOptions(), inputName: "bundled")
        run.threads = 1
        let started = Mutex<[Int]>([])
        run.onStart = { index in started.withLock { $0.append(index) } }
        try run.run(into: staging)
        staging.abandon()
        #expect(started.withLock { $0 } == [2, 0, 1])
    }

    @Test func aFailingExporterLeavesNothingStaged() throws {
        struct Failing: Exporter {
            let name = "failing"
            let summary = "fails"
            func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
                throw ExportFailure(.unavailable, "no")
            }
        }
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.appendingPathComponent("out").path)
        try directory.prepare()
        let staging = directory.staging()
        let run = ExportRun(exporters: builtinExporters.filter { $0.name == "csv" } + [Failing()], report: try ReportSource.bundled.load(),
                            options: ExportOptions(), inputName: "bundled")
        #expect(throws: CLIError.self) { try run.run(into: staging) }
        #expect(SDGBriefBinary.files(in: root).isEmpty)
    }
}
