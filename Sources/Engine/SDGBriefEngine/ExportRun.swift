import Foundation
import SDGBriefCore
import Synchronization

/// Runs the chosen exporters into a staging area, several at once on threads
/// of their own, one per core. Every exporter makes its own text engine on
/// the thread it runs on (Pango's font machinery must stay on one thread), and
/// writes only its own files, so the bytes are those of a run one after
/// another.
struct ExportRun {
    let exporters: [any Exporter]
    let report: Report
    let options: ExportOptions
    /// How messages name the report.
    let inputName: String
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var onStart: (@Sendable (_ exporter: Int) -> Void)?
    /// With each exporter's wall time, for the progress display and `SDGBRIEF_TIMINGS`.
    var onFinish: (@Sendable (_ exporter: Int, _ seconds: Double) -> Void)?

    /// Runs every exporter into `staging`. On the first failure the others
    /// stop at their next file, everything staged is removed, and the error
    /// of the earliest failing exporter in registry order is thrown.
    func run(into staging: OutputStaging) throws(ExportError) {
        // The costliest first (each exporter's own hint), so that the cheap
        // ones fill in beside them; among equals, the registry's order.
        let order = exporters.indices.sorted { (-exporters[$0].costHint, $0) < (-exporters[$1].costHint, $1) }
        let queue = JobQueue(order)
        let workers = max(1, min(threads, exporters.count))
        let group = DispatchGroup()
        for _ in 0 ..< workers {
            group.enter()
            let thread = Thread { [self] in
                while let index = queue.next() {
                    onStart?(index)
                    let started = DispatchTime.now().uptimeNanoseconds
                    do {
                        try run(index, into: staging.sink(forExporter: index))
                    } catch {
                        queue.fail(index, error)
                    }
                    onFinish?(index, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
                    // Before the next exporter grows another thread's arena.
                    ProcessMemory.releaseFreed()
                }
                group.leave()
            }
            // Pango and Cairo recurse deeply on long texts; give the worker
            // the stack the main thread has.
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        if let error = queue.firstFailure {
            staging.abandon()
            throw error
        }
    }

    private func run(_ index: Int, into sink: any ArtifactSink) throws(ExportError) {
        let exporter = exporters[index]
        do {
            try exporter.export(report, options: options, into: sink)
        } catch let error as ExportError {
            throw error
        } catch let failure as PluginFailure {
            throw .plugin(failure.lines)
        } catch let failure as ExportFailure {
            switch failure.kind {
            case .unusableInput: throw .invalidInput(["\(inputName): \(failure.message)"])
            case .unavailable: throw .unavailable("\(exporter.name): \(failure.message)")
            case .invalidOption: throw .usage(failure.message)
            }
        } catch {
            throw .software("\(exporter.name) exporter failed: \(error)")
        }
    }

    /// Hands out exporter indices to the worker threads and keeps failures.
    private final class JobQueue: Sendable {
        private struct State {
            var pending: [Int]
            var failures: [(index: Int, error: ExportError)] = []
        }

        private let state: Mutex<State>

        init(_ order: [Int]) {
            state = Mutex(State(pending: order.reversed()))
        }

        /// The next exporter to run, or nil when all are taken or one failed.
        func next() -> Int? {
            state.withLock { $0.failures.isEmpty ? $0.pending.popLast() : nil }
        }

        func fail(_ index: Int, _ error: any Error) {
            let error = error as? ExportError ?? .software("\(error)")
            state.withLock { $0.failures.append((index, error)) }
        }

        /// The same error whichever thread failed first.
        var firstFailure: ExportError? {
            state.withLock { $0.failures.min { $0.index < $1.index }?.error }
        }
    }
}

