import Dispatch
import SDGBriefGraphics
import Synchronization

/// The layout's first pass: how many pages each body part takes and where
/// its destinations land, which the contents and every folio need before
/// the first page is drawn.
///
/// It shapes every text of the brief only to throw the shapes away, about
/// a quarter of a PDF's time. Parts start on pages of their own, so they
/// are planned independently: when given a way to make more measurers,
/// helper threads take parts from the same queue as the calling thread. Each
/// measurer stays on the thread that made it (Pango is not thread-safe), and
/// a part's plan does not depend on which thread measured it.
struct BodyPlanner {
    /// Below this many parts the first pass takes a few milliseconds; a
    /// helper, whose fonts and caches start cold, is not worth a thread there.
    static let partsWorthAHelper = 12

    let content: BodyContent
    let measurer: any TextMeasurer
    let makeHelperMeasurer: (@Sendable () -> (any TextMeasurer)?)?
    let helperThreads: Int

    /// One plan per part, in order. `progress` is called on this thread with
    /// the number of parts planned so far, of how many.
    func plan(_ parts: [BodyPart], charts: [(id: String, title: String, drawing: Drawing)], progress: (_ done: Int, _ total: Int) -> Void) -> [PartPlan] {
        begin(parts).finish(parts, charts: charts, progress: progress)
    }

    /// Starts the helpers on every part but the charts, whose drawings the
    /// calling thread has yet to measure: they plan while it makes the
    /// charts and probes the front matter, then it joins them (`finish`).
    /// `parts` may include the charts or not; the others are the same.
    func begin(_ parts: [BodyPart]) -> StartedPlanning {
        let shared = parts.filter { $0 != .charts }
        let started = StartedPlanning(shared: shared, content: content, measurer: measurer)
        if let makeHelperMeasurer, shared.count >= Self.partsWorthAHelper {
            for _ in 0 ..< helperThreads { started.addHelper(makeHelperMeasurer) }
        }
        return started
    }
}

/// The first pass under way: helpers planning parts, which the calling
/// thread joins with `finish`.
final class StartedPlanning {
    private let shared: [BodyPart]
    private let content: BodyContent
    private let measurer: any TextMeasurer
    private let board: PlanBoard
    private let helpers = DispatchGroup()

    fileprivate init(shared: [BodyPart], content: BodyContent, measurer: any TextMeasurer) {
        self.shared = shared
        self.content = content
        self.measurer = measurer
        board = PlanBoard(count: shared.count)
    }

    fileprivate func addHelper(_ makeMeasurer: @escaping @Sendable () -> (any TextMeasurer)?) {
        let board = board
        let shared = shared
        let content = content
        DispatchQueue.global(qos: .userInitiated).async(group: helpers) {
            guard let helper = makeMeasurer() else { return }
            board.work(shared, content: content, measurer: helper) {}
        }
    }

    /// Plans, on the calling thread, the parts the helpers have not taken,
    /// waits for theirs, and plans the charts: one plan per part of
    /// `parts`, in order. `parts` holds the parts given to `begin`, with the
    /// charts or without.
    func finish(_ parts: [BodyPart], charts: [(id: String, title: String, drawing: Drawing)], progress: (_ done: Int, _ total: Int) -> Void) -> [PartPlan] {
        board.work(shared, content: content, measurer: measurer) { progress(board.planned, shared.count) }
        helpers.wait()
        let plans = board.plans
        var next = plans.makeIterator()
        // The charts' drawings were measured by this thread's measurer.
        return parts.map { part in
            part == .charts ? content.plan(part, measurer: measurer, charts: charts) : next.next()!
        }
    }
}

/// The parts still to plan and the plans made, shared by the threads.
private final class PlanBoard: Sendable {
    private let next = Atomic<Int>(0)
    private let done: Mutex<[PartPlan?]>
    /// Counted apart from `done`: progress asks after every part, and
    /// counting the array each time made a long report's first pass quadratic.
    private let finished = Atomic<Int>(0)

    init(count: Int) {
        done = Mutex(Array(repeating: nil, count: count))
    }

    var planned: Int { finished.load(ordering: .relaxed) }

    /// Every plan, once all threads have finished.
    var plans: [PartPlan] { done.withLock { $0.map { $0! } } }

    func work(_ parts: [BodyPart], content: BodyContent, measurer: any TextMeasurer, afterEach: () -> Void) {
        while true {
            let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < parts.count else { return }
            let plan = content.plan(parts[index], measurer: measurer, charts: [])
            done.withLock { $0[index] = plan }
            finished.add(1, ordering: .relaxed)
            afterEach()
        }
    }
}
