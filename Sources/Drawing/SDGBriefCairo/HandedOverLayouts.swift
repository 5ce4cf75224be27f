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
/// thread while it runs, because the drawing engine gives each handover back
/// to be freed there (`giveBack`) instead of letting it go, and frees the
/// rest only once the maker has stopped (`TextEngine.releaseAdoptedText`).
final class HandedOverLayouts: LaidOutText, @unchecked Sendable {
    let layouts: [TextEngine.LayoutKey: Layout]
    /// Where the drawing engine gives these back. Held strongly, so that
    /// giving back never depends on whether the maker's engine is still
    /// there: a handover waiting in the list and the list hold each other
    /// until the list is emptied, by the maker or, once it has stopped, by
    /// the drawing engine.
    let returnTo: ReturnedLayouts

    init(layouts: [TextEngine.LayoutKey: Layout], returnTo: ReturnedLayouts) {
        self.layouts = layouts
        self.returnTo = returnTo
    }

    /// Hands these layouts back to the engine that made them, which frees
    /// them at its next handover.
    func giveBack() {
        returnTo.add(self)
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
        var taken = takeAll()
        var stillHeld: [HandedOverLayouts] = []
        while var handed = taken.popLast() {
            if !isKnownUniquelyReferenced(&handed) { stillHeld.append(handed) }
        }
        if !stillHeld.isEmpty { waiting.withLock { $0 += stillHeld } }
    }

    /// Frees every handover given back, whoever else holds it: only once the
    /// engine that made them has stopped.
    func releaseAll() {
        var taken = takeAll()
        taken.removeAll()
    }

    /// The list, emptied under the lock; its handovers are freed outside it.
    private func takeAll() -> [HandedOverLayouts] {
        waiting.withLock { waiting in
            defer { waiting = [] }
            return waiting
        }
    }
}
