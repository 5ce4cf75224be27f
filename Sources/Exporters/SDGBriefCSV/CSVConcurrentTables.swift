import Foundation
import SDGBriefCore
import Synchronization

/// Writes the rows of several tables on more than one thread, each table
/// into a stream begun beforehand; finishing the streams is left to the
/// caller, so that it finishes them in table order.
///
/// Unchecked, and only for the streams: an `ArtifactStream` is not
/// `Sendable` by design (it buffers, and is used by one thread at a time, as
/// `ArtifactSink` says), so the compiler cannot see that each stream here is
/// written by the one thread `concurrentPerform` gives its group, and handed
/// back when `write(groups:)` returns. The counts and failures the threads
/// share are behind a mutex.
final class CSVConcurrentTables: @unchecked Sendable {
    private let sources: [CSVTableSource]
    private let streams: [any ArtifactStream]
    private let profile: CSVProfile
    private let sink: any ArtifactSink
    private let total: Int
    /// Rows written so far, and the error of each table that failed.
    private struct Progress {
        var done = 0
        var failures: [Int: any Error] = [:]
    }

    private let progress = Mutex(Progress())

    init(sources: [CSVTableSource], streams: [any ArtifactStream], profile: CSVProfile, sink: any ArtifactSink) {
        precondition(sources.count == streams.count)
        self.sources = sources
        self.streams = streams
        self.profile = profile
        self.sink = sink
        total = sources.reduce(0) { $0 + $1.rowCount }
    }

    /// Writes each group's tables in order on a thread of its own and
    /// returns when all are written, throwing the error of the earliest table
    /// that failed, as writing them one after another would have. After a
    /// failure only tables before the failed one are still written, since
    /// one of them might fail first.
    func write(groups: [[Int]]) throws {
        DispatchQueue.concurrentPerform(iterations: groups.count) { group in
            for index in groups[group] {
                guard progress.withLock({ $0.failures.keys.allSatisfy { index < $0 } }) else { continue }
                do {
                    try write(index)
                } catch {
                    progress.withLock { $0.failures[index] = error }
                }
            }
        }
        if let error = progress.withLock({ $0.failures.min { $0.key < $1.key }?.value }) { throw error }
    }

    private func write(_ index: Int) throws {
        var table = CSVTableStream(streams[index], header: sources[index].header, profile: profile)
        var reported = 0
        table.onProgress = { [self] rows in
            let now = progress.withLock { progress in
                progress.done += rows - reported
                return progress.done
            }
            reported = rows
            sink.progress(ExportProgress(done: now, total: total, unit: "rows"))
        }
        try sources[index].writeRows(&table)
        try table.flush()
    }
}
