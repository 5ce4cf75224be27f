import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP during an export: what it staged is
/// removed, and then the process ends by the same signal, so the shell sees
/// an interrupted command and the output directory is as it was.
///
/// The signals are taken on a dispatch queue rather than in a C handler, so
/// the cleanup may lock and unlink like any other code; the renames into
/// place hold the staging's mutex, so a signal during them waits until every
/// file is in place.
enum InterruptionCleanup {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func during<T>(_ staging: OutputStaging, onInterrupt: @escaping @Sendable () -> Void = {}, _ body: () throws(ExportError) -> T) throws(ExportError) -> T {
        let queue = DispatchQueue(label: "sdgbrief.signals")
        let interruption = Interruption()
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            // Ignored, so that only the dispatch source sees it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                // Noted first: the exporters fail as soon as the staging is
                // abandoned, and the main thread must then end by the signal
                // too rather than report their failure.
                interruption.signal.store(number, ordering: .sequentiallyConsistent)
                staging.abandon()
                onInterrupt()
                endBy(number)
            }
            source.resume()
            sources.append(source)
        }
        defer {
            for source in sources { source.cancel() }
            for number in signals { signal(number, SIG_DFL) }
        }
        do {
            return try body()
        } catch {
            let number = interruption.signal.load(ordering: .sequentiallyConsistent)
            if number != 0 {
                staging.abandon()
                endBy(number)
            }
            throw error
        }
    }

    /// Dispatch's threads block signals, and a process started by another
    /// may inherit a mask that blocks them too: unblocked here, or `raise`
    /// would leave the signal pending and the process running on.
    private static func endBy(_ number: Int32) -> Never {
        signal(number, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(number)
        // Not reached: the default action of these signals ends the process.
        exit(128 + number)
    }

    private final class Interruption: Sendable {
        let signal = Atomic<Int32>(0)
    }
}
