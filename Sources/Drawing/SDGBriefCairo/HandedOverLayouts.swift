import SDGBriefGraphics
import Synchronization

/// Pango layouts one engine made and gave up, for another engine to draw on
/// another thread (see `TextEngine.adopt`).
///
/// `@unchecked Sendable` because Pango's objects are not safe to share, and
/// what a handover holds is not shared while both threads run: the engine
/// that made these layouts forgets them and starts a new Pango context as
/// it hands them over (`TextEngine.handOverLayouts`), so the layouts and
/// their context pass whole to the drawing thread through the queue that
/// carries their pages. The fonts stay the maker's; drawing reads only what
/// measuring them set up, and a font is only ever freed on the maker's
/// thread, because the drawing engine gives each handover back to be freed
/// there (`giveBack`) instead of letting it go.
final class HandedOverLayouts: LaidOutText, @unchecked Sendable {
    let layouts: [TextEngine.LayoutKey: Layout]
    /// Weak: once the maker's engine is gone, its thread has stopped using
    /// Pango, and whoever holds the layouts may free them.
    private weak var returnTo: ReturnedLayouts?

    init(layouts: [TextEngine.LayoutKey: Layout], returnTo: ReturnedLayouts) {
        self.layouts = layouts
        self.returnTo = returnTo
    }

    /// Hands these layouts back to the engine that made them, which frees
    /// them at its next handover; if that engine is gone, the caller's
    /// reference is the last and frees them.
    func giveBack() {
        returnTo?.add(self)
    }
}

/// Handovers the drawing engine has given back, held until the engine that
/// made them frees them on its own thread.
final class ReturnedLayouts: Sendable {
    private let waiting = Mutex<[HandedOverLayouts]>([])

    func add(_ handed: HandedOverLayouts) {
        waiting.withLock { $0.append(handed) }
    }

    /// Frees, on the calling thread, every handover given back so far that
    /// nothing else holds; one the giving thread has not yet let go of
    /// waits for the next call.
    func release() {
        var taken = waiting.withLock { waiting in
            defer { waiting = [] }
            return waiting
        }
        var stillHeld: [HandedOverLayouts] = []
        while var handed = taken.popLast() {
            if !isKnownUniquelyReferenced(&handed) { stillHeld.append(handed) }
        }
        if !stillHeld.isEmpty { waiting.withLock { $0 += stillHeld } }
    }
}
