import Dispatch
import Synchronization

/// Batches of pages passed from the thread that lays them out to the one
/// that draws them, at most `capacity` waiting, so that a fast layout does
/// not hold the whole document. One sender, one receiver.
final class PageChannel: Sendable {
    private struct State {
        var waiting: [[BriefPage]] = []
        var isCancelled = false
    }

    private let state = Mutex(State())
    /// Counts free places; the sender waits on it.
    private let room: DispatchSemaphore
    /// Counts batches waiting, and the end; the receiver waits on it.
    private let arrivals = DispatchSemaphore(value: 0)

    init(capacity: Int) {
        // Made empty and then given its places: libdispatch stops the process
        // when a semaphore is freed below the value it was made with, as a
        // cancelled channel's can be.
        room = DispatchSemaphore(value: 0)
        for _ in 0 ..< capacity { room.signal() }
    }

    /// Waits for room and passes `pages` on; false once the receiver has
    /// cancelled, when the sender should stop.
    func send(_ pages: [BriefPage]) -> Bool {
        room.wait()
        let accepted = state.withLock { state in
            guard !state.isCancelled else { return false }
            state.waiting.append(pages)
            return true
        }
        if accepted { arrivals.signal() }
        return accepted
    }

    /// No more pages will be sent.
    func finish() {
        arrivals.signal()
    }

    /// The next batch, waiting for it; nil once the sender has finished and
    /// every batch has been received.
    func receive() -> [BriefPage]? {
        arrivals.wait()
        let batch: [BriefPage]? = state.withLock { state in
            state.waiting.isEmpty ? nil : state.waiting.removeFirst()
        }
        if batch != nil { room.signal() }
        return batch
    }

    /// Whether the receiver has stopped: the sender need not lay out more.
    var isCancelled: Bool {
        state.withLock { $0.isCancelled }
    }

    /// The receiver stops: a sender waiting for room wakes and is refused.
    /// Returns the batches that were waiting, for the caller to let go of
    /// once the sender has stopped: their text was laid out on its thread.
    @discardableResult
    func cancel() -> [[BriefPage]] {
        let waiting = state.withLock { state in
            state.isCancelled = true
            defer { state.waiting = [] }
            return state.waiting
        }
        room.signal()
        return waiting
    }
}
