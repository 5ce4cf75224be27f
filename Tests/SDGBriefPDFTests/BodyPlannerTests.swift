import Foundation
import SDGBriefCairo
import SDGBriefCore
import SDGBriefGraphics
@testable import SDGBriefPDF
import Synchronization
import Testing

@Suite struct BodyPlannerTests {
    let geometry = PageGeometry(paper: .a4)

    private func planner(_ report: Report, measurer: any TextMeasurer, helper: (@Sendable () -> (any TextMeasurer)?)?, threads: Int = 1) -> BodyPlanner {
        BodyPlanner(content: BodyContent(report: report, geometry: geometry), measurer: measurer, makeHelperMeasurer: helper, helperThreads: threads)
    }

    /// The plan must not depend on which thread measured which part: the
    /// calling thread waits, at its first measurement, until a helper has
    /// finished a part, so both really share the work.
    @Test func helpersPlanExactlyAsTheCallingThreadAlone() throws {
        let report = try BriefFixture.report(caseCount: 30)
        let parts = BodyContent(report: report, geometry: geometry).parts(hasCharts: false)
        #expect(parts.count >= BodyPlanner.partsWorthAHelper)
        let alone = planner(report, measurer: PangoTextMeasurer(engine: try TextEngine()), helper: nil).plan(parts, charts: []) { _, _ in }

        let helperParts = HelperLog()
        let main = WaitingMeasurer(PangoTextMeasurer(engine: try TextEngine()), until: helperParts)
        let shared = planner(report, measurer: main, helper: {
            (try? TextEngine()).map { CountingMeasurer(PangoTextMeasurer(engine: $0), log: helperParts) }
        }, threads: 2).plan(parts, charts: []) { _, _ in }

        #expect(helperParts.measured > 0)
        #expect(shared == alone)
        #expect(alone.count == parts.count)
        // Every case is a section with a destination on its first page.
        #expect(alone.dropFirst().prefix(30).allSatisfy { $0.pageCount >= 1 && $0.destinations.values.contains(0) })
    }

    /// The helpers plan while the calling thread is still making the charts
    /// and probing the front matter, before it joins them.
    @Test func helpersStartBeforeTheCallingThreadJoins() throws {
        let report = try BriefFixture.report(caseCount: 30)
        let parts = BodyContent(report: report, geometry: geometry).parts(hasCharts: false)
        let helperParts = HelperLog()
        let started = planner(report, measurer: PangoTextMeasurer(engine: try TextEngine()), helper: {
            (try? TextEngine()).map { CountingMeasurer(PangoTextMeasurer(engine: $0), log: helperParts) }
        }).begin(parts)
        let deadline = Date().addingTimeInterval(30)
        while helperParts.measured == 0, Date() < deadline { usleep(1_000) }
        #expect(helperParts.measured > 0)
        let plans = started.finish(parts, charts: []) { _, _ in }
        #expect(plans.count == parts.count)
    }

    @Test func planIsCompleteWhenNoHelperCanStart() throws {
        let report = try BriefFixture.report(caseCount: 20)
        let parts = BodyContent(report: report, geometry: geometry).parts(hasCharts: false)
        let measurer = PangoTextMeasurer(engine: try TextEngine())
        let alone = planner(report, measurer: measurer, helper: nil).plan(parts, charts: []) { _, _ in }
        var reported: [(Int, Int)] = []
        let failed = planner(report, measurer: measurer, helper: { nil }, threads: 3).plan(parts, charts: []) { reported.append(($0, $1)) }
        #expect(failed == alone)
        #expect(reported.map(\.0) == Array(1 ... parts.count))
        #expect(reported.allSatisfy { $0.1 == parts.count })
    }
}

/// How much a helper measured, shared between threads.
private final class HelperLog: Sendable {
    private let count = Atomic<Int>(0)
    var measured: Int { count.load(ordering: .acquiring) }
    func record() { count.wrappingAdd(1, ordering: .releasing) }
}

private struct CountingMeasurer: TextMeasurer {
    let base: PangoTextMeasurer
    let log: HelperLog
    init(_ base: PangoTextMeasurer, log: HelperLog) {
        self.base = base
        self.log = log
    }
    func measure(_ text: String, style: TextStyle) -> TextMetrics {
        log.record()
        return base.measure(text, style: style)
    }
    func missingCharacters(in text: String, font: FontRole) -> [MissingCharacter] { base.missingCharacters(in: text, font: font) }
}

/// Holds the calling thread at its first measurement until a helper has
/// measured something (at most ten seconds, so a broken helper fails the
/// test instead of hanging it).
private final class WaitingMeasurer: TextMeasurer {
    let base: PangoTextMeasurer
    let log: HelperLog
    private var waited = false
    init(_ base: PangoTextMeasurer, until log: HelperLog) {
        self.base = base
        self.log = log
    }
    func measure(_ text: String, style: TextStyle) -> TextMetrics {
        if !waited {
            waited = true
            let deadline = Date().addingTimeInterval(10)
            while log.measured < 50, Date() < deadline { usleep(1_000) }
        }
        return base.measure(text, style: style)
    }
    func missingCharacters(in text: String, font: FontRole) -> [MissingCharacter] { base.missingCharacters(in: text, font: font) }
}
