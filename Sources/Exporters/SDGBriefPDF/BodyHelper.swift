import Dispatch
import SDGBriefGraphics
import Synchronization

/// The body's second pass (`BodyPass`) on a thread of its own, its pages
/// handed to the drawing thread as each part is done.
final class BodyHelper: Sendable {
    /// Parts laid out ahead of the drawing, at most: enough to keep both
    /// threads busy, few enough that memory stays that of a few parts'
    /// pages and their layouts.
    static let partsAhead = 4

    private let channel = PageChannel(capacity: partsAhead)
    private let finished = DispatchGroup()
    /// Set when the helper could not make its measurer and laid nothing out.
    private let isUnavailable = Atomic<Bool>(false)

    init(pass: BodyPass, makeMeasurer: @escaping @Sendable () -> (any TextMeasurer)?) {
        // Holds the helper until the thread ends, whatever the caller does.
        DispatchQueue.global(qos: .userInitiated).async(group: finished) { [self] in
            defer { channel.finish() }
            guard let measurer = makeMeasurer() else {
                isUnavailable.store(true, ordering: .relaxed)
                return
            }
            pass.run(measurer: measurer, isStopped: { channel.isCancelled }) { channel.send($0) }
        }
    }

    /// Hands every page the helper lays out to `emit`, in order, and waits
    /// for the helper to end. False if the helper had no measurer and laid
    /// nothing out: the caller then lays the body out itself. When `emit`
    /// throws, the helper is stopped before the error goes on.
    func receive<Failure: Error>(_ emit: (BriefPage) throws(Failure) -> Void) throws(Failure) -> Bool {
        while let batch = channel.receive() {
            for page in batch {
                do throws(Failure) {
                    try emit(page)
                } catch {
                    cancel()
                    throw error
                }
            }
        }
        finished.wait()
        return !isUnavailable.load(ordering: .relaxed)
    }

    /// Stops the helper and waits for it: nothing is drawn after an error.
    /// The pages it had sent are let go of only then, since freeing their
    /// layouts can touch the helper's fonts.
    func cancel() {
        let unsent = channel.cancel()
        withExtendedLifetime(unsent) { finished.wait() }
    }
}
