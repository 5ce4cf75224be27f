import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefCSV

@Suite struct CSVConcurrentTablesTests {
    struct Failure: Error, Equatable {
        var table: Int
    }

    /// Keeps what it is given and whether it was finished, from any thread.
    final class Stream: ArtifactStream, @unchecked Sendable {
        private let lock = NSLock()
        private var bytes = Data()
        private var finished = false

        func write(_ data: Data) throws { lock.withLock { bytes.append(data) } }
        func finish() throws { lock.withLock { finished = true } }
        var contents: Data { lock.withLock { bytes } }
        var isFinished: Bool { lock.withLock { finished } }
    }

    final class ProgressSink: ArtifactSink, @unchecked Sendable {
        private let lock = NSLock()
        private var reported: [Int] = []

        func begin(_ path: String) throws -> any ArtifactStream { Stream() }
        func progress(_ progress: ExportProgress) { lock.withLock { reported.append(progress.done) } }
        var done: [Int] { lock.withLock { reported } }
    }

    /// Each table written alone, one after another.
    func sequential(_ sources: [CSVTableSource], _ profile: CSVProfile) throws -> [Data] {
        try sources.map { source in
            let stream = Stream()
            var table = CSVTableStream(stream, header: source.header, profile: profile)
            try source.writeRows(&table)
            try table.flush()
            return stream.contents
        }
    }

    @Test func writesTheSameBytesAsOneTableAfterAnother() throws {
        let sources = CSVExporter().tables(CSVFixture.report(), language: "zh")
        for profile in CSVProfile.allCases {
            let streams = sources.map { _ in Stream() }
            let tables = CSVConcurrentTables(sources: sources, streams: streams, profile: profile, sink: ProgressSink())
            try tables.write(groups: [[2], [0, 1, 3, 4, 5, 6]])
            #expect(streams.map(\.contents) == (try sequential(sources, profile)))
            // Finishing is the caller's, in table order.
            #expect(streams.allSatisfy { !$0.isFinished })
        }
    }

    func counting(_ name: String, rows: Int, failing: Bool = false, index: Int) -> CSVTableSource {
        CSVTableSource(name: name, header: ["n"], rowCount: rows) { table in
            for row in 0 ..< rows {
                if failing, row == rows / 2 { throw Failure(table: index) }
                table.integer(row)
                try table.endRow()
            }
        }
    }

    /// Two tables failing on different threads: the earlier table's error is
    /// the one thrown, whichever thread failed first.
    @Test func throwsTheErrorOfTheEarliestFailingTable() {
        let sources = [
            counting("a", rows: 10, index: 0),
            counting("b", rows: 5_000, failing: true, index: 1),
            counting("c", rows: 10, index: 2),
            counting("d", rows: 10, failing: true, index: 3),
        ]
        let tables = CSVConcurrentTables(sources: sources, streams: sources.map { _ in Stream() }, profile: .plain, sink: ProgressSink())
        #expect(throws: Failure(table: 1)) { try tables.write(groups: [[3], [0, 1, 2]]) }
    }

    /// Rows written on both threads add up into one count that only grows.
    @Test func reportsProgressOfBothThreadsAsOneCount() throws {
        let interval = CSVTableStream.progressInterval
        let sources = [counting("a", rows: 2 * interval + 7, index: 0), counting("b", rows: 3 * interval, index: 1)]
        let sink = ProgressSink()
        let tables = CSVConcurrentTables(sources: sources, streams: sources.map { _ in Stream() }, profile: .excel, sink: sink)
        try tables.write(groups: [[0], [1]])
        #expect(sink.done.count == 5)
        #expect(sink.done == sink.done.sorted())
        #expect(sink.done.last == 5 * interval)
    }
}
