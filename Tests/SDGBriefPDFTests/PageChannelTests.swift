import Dispatch
import Foundation
@testable import SDGBriefPDF
import Synchronization
import Testing

@Suite struct PageChannelTests {
    private func batch(_ label: String) -> [BriefPage] { [BriefPage(label: label)] }

    /// Batches arrive in order, and the end after the last of them.
    @Test func batchesArriveInOrderThenTheEnd() {
        let channel = PageChannel(capacity: 2)
        let sent = Atomic<Int>(0)
        DispatchQueue.global().async {
            for index in 0 ..< 5 where channel.send([BriefPage(label: String(index))]) { sent.add(1, ordering: .relaxed) }
            channel.finish()
        }
        var labels: [String] = []
        while let pages = channel.receive() { labels += pages.map(\.label) }
        #expect(labels == ["0", "1", "2", "3", "4"])
        #expect(sent.load(ordering: .relaxed) == 5)
    }

    /// A sender that finishes without sending ends the receiver's wait.
    @Test func finishingEmptyEndsTheReceiver() {
        let channel = PageChannel(capacity: 2)
        DispatchQueue.global().async { channel.finish() }
        #expect(channel.receive() == nil)
        #expect(!channel.isCancelled)
    }

    /// The sender waits while `capacity` batches are waiting, and a
    /// receiver that cancels releases and refuses it.
    @Test func aFullChannelHoldsTheSenderUntilCancelled() {
        let channel = PageChannel(capacity: 2)
        #expect(channel.send(batch("a")))
        #expect(channel.send(batch("b")))
        let third = Atomic<Int>(0) // 0 waiting, 1 accepted, 2 refused
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            third.store(channel.send(batch("c")) ? 1 : 2, ordering: .releasing)
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 0.3) == .timedOut)
        #expect(third.load(ordering: .acquiring) == 0)
        channel.cancel()
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(third.load(ordering: .acquiring) == 2)
        #expect(channel.isCancelled)
    }

    /// Cancelling hands the waiting batches to the receiver, to be let go of
    /// once the sender has stopped, rather than freeing them at once.
    @Test func cancellingReturnsTheWaitingBatches() {
        let channel = PageChannel(capacity: 3)
        #expect(channel.send(batch("a")))
        #expect(channel.send(batch("b")))
        let waiting = channel.cancel()
        #expect(waiting.map { $0.map(\.label) } == [["a"], ["b"]])
        #expect(!channel.send(batch("c")))
    }
}
