import Foundation
@testable import SDGBriefCairo
import SDGBriefCore
import SDGBriefGraphics
@testable import SDGBriefPDF
import Testing

/// The body's second pass, on a helper thread while the calling thread
/// draws, and on the calling thread alone.
@Suite struct BodyPassTests {
    private struct Stop: Error {}

    private func layout(_ report: Report, helper: Bool, includesCharts: Bool = true) throws -> BriefLayout {
        let handingOver: @Sendable () -> (any TextMeasurer)? = {
            (try? TextEngine()).map { PangoTextMeasurer(handingOverFrom: $0) }
        }
        let measurer = PangoTextMeasurer(engine: try TextEngine())
        return BriefLayout(
            report: report, paper: .a4, measurer: measurer, includesCharts: includesCharts,
            makeBodyMeasurer: helper ? handingOver : nil
        )
    }

    /// Pages, labels and folios do not depend on which thread placed them.
    @Test func theHelperPlacesThePagesTheCallingThreadWould() throws {
        let report = try BriefFixture.report(caseCount: 30)
        var alone: [BriefPage] = []
        _ = try layout(report, helper: false).layout { page, _, _ in alone.append(page) }
        var shared: [BriefPage] = []
        var indexes: [Int] = []
        _ = try layout(report, helper: true).layout { page, index, _ in
            shared.append(page)
            indexes.append(index)
        }
        #expect(alone.count > 30)
        #expect(shared.filter { $0.laidOutText != nil }.count > 30, "the helper laid nothing out")
        #expect(shared.map(\.marks) == alone.map(\.marks))
        #expect(shared.map(\.label) == alone.map(\.label))
        #expect(indexes == Array(0 ..< alone.count))
        #expect(alone.allSatisfy { $0.laidOutText == nil })
    }

    /// Every text of every body page reaches the drawing engine laid out:
    /// the body's text is shaped once for placing and drawing. (The charts
    /// section, whose drawings the calling thread measures, is left out.)
    @Test func everyBodyTextIsHandedOverWithItsPage() throws {
        let report = try BriefFixture.report(caseCount: 30)
        let drawing = try TextEngine()
        var bodyTexts = 0
        var handovers = 0
        _ = try layout(report, helper: true, includesCharts: false).layout { page, _, _ in
            // The body's pages start with the first handover; a batch's
            // later pages come without one.
            if let text = page.laidOutText {
                handovers += 1
                drawing.adopt(text)
            }
            guard handovers > 0 else { return }
            for run in Self.texts(in: page.marks) {
                _ = drawing.layout(run.text, style: run.style)
                bodyTexts += 1
            }
        }
        // The helper has stopped: what the drawing engine holds may go.
        drawing.releaseAdoptedText()
        #expect(handovers > 30)
        #expect(bodyTexts > 900)
        #expect(drawing.layoutsMade == 0, "\(drawing.layoutsMade) of \(bodyTexts) texts laid out again")
    }

    private static func texts(in marks: [Mark]) -> [TextRun] {
        marks.flatMap { mark -> [TextRun] in
            switch mark {
            case .text(let run): [run]
            case .group(let group): texts(in: group.marks)
            default: []
            }
        }
    }

    /// A failure to draw stops the helper and reaches the caller; a helper
    /// that went on would leave the test waiting, hence the limit.
    @Test(.timeLimit(.minutes(2))) func aFailureWhileDrawingStopsTheHelper() throws {
        let report = try BriefFixture.report(caseCount: 40)
        var drawn = 0
        #expect(throws: Stop.self) {
            _ = try layout(report, helper: true).layout { page, _, _ in
                if page.laidOutText != nil { throw Stop() }
                drawn += 1
            }
        }
        #expect(drawn >= 2)
    }

    /// A failure on the cover, before the helper's first page, stops it too.
    @Test(.timeLimit(.minutes(2))) func aFailureOnTheFrontMatterStopsTheHelper() throws {
        let report = try BriefFixture.report(caseCount: 40)
        var drawn = 0
        #expect(throws: Stop.self) {
            _ = try layout(report, helper: true).layout { _, _, _ in
                drawn += 1
                throw Stop()
            }
        }
        #expect(drawn == 1)
    }

    /// A helper that cannot load its fonts leaves the body to the calling thread.
    @Test func aHelperWithoutAMeasurerLeavesTheBodyToTheCallingThread() throws {
        let report = try BriefFixture.report(caseCount: 20)
        var alone: [BriefPage] = []
        _ = try layout(report, helper: false).layout { page, _, _ in alone.append(page) }
        let failing = BriefLayout(
            report: report, paper: .a4, measurer: PangoTextMeasurer(engine: try TextEngine()), makeBodyMeasurer: { nil }
        )
        var pages: [BriefPage] = []
        _ = failing.layout { page, _, _ in pages.append(page) }
        #expect(pages.map(\.marks) == alone.map(\.marks))
    }
}
