import SDGBriefCairo
import SDGBriefCore
import SDGBriefGraphics
@testable import SDGBriefPDF
import Testing

@Suite struct PageFlowTests {
    let measurer: PangoTextMeasurer
    let geometry = PageGeometry(paper: .a4)

    init() throws {
        measurer = PangoTextMeasurer(engine: try TextEngine())
    }

    private var paragraphText: String {
        "\u{3000}\u{3000}" + String(repeating: "城市伙伴关系通过分享经验、技术与资金，推动可持续发展目标在地方层面落实。", count: 12)
    }

    @Test func slicesOfAParagraphRebuildItAndBreakAsTheWhole() {
        let style = BriefTheme.body(width: geometry.content.width)
        let metrics = measurer.measure(paragraphText, style: style)
        #expect(metrics.lineCount > 6)
        let head = PageFlow.slice(paragraphText, metrics: metrics, lines: 0 ..< 3)
        let tail = PageFlow.slice(paragraphText, metrics: metrics, lines: 3 ..< metrics.lineCount)
        #expect(head + tail == paragraphText)
        var headStyle = style
        headStyle.justifiesLastLine = true
        #expect(measurer.measure(head, style: headStyle).lineCount == 3)
        #expect(measurer.measure(tail, style: style).lineCount == metrics.lineCount - 3)
    }

    /// With room for just one line left, a paragraph moves to the next page
    /// whole rather than leave an orphan; with room for all but one line, it
    /// leaves two lines for the next page rather than a widow.
    @Test func noOrphanAndNoWidow() {
        let blocks = BlockFactory(geometry: geometry, measurer: measurer)
        let lineHeight = BriefTheme.bodySize * BriefTheme.bodyLeading
        let paragraph = blocks.paragraph(String(paragraphText.dropFirst(2)), spaceBefore: 0)
        guard case .paragraph(let text, let style) = paragraph.content else {
            Issue.record("BlockFactory.paragraph made \(paragraph.content), not a paragraph")
            return
        }
        let lines = measurer.measure(text, style: style).lineCount

        for (room, expectedFirstPart) in [(1.5, 0), (Double(lines) - 0.5, lines - 2), (3.2, 3)] {
            var flow = PageFlow(geometry: geometry, measurer: measurer)
            flow.startPage(runningTitle: nil)
            flow.place([.unit(.panel, height: geometry.content.height - room * lineHeight) { _ in [] }])
            flow.place([paragraph])
            let firstPart = flow.pages[0].blocks.filter { $0.kind == .paragraph }.map(\.lineCount).reduce(0, +)
            #expect(firstPart == expectedFirstPart, "room for \(room) lines")
            let total = flow.pages.flatMap(\.blocks).filter { $0.kind == .paragraph }.map(\.lineCount).reduce(0, +)
            #expect(total == lines)
        }
    }

    @Test func aHeadingMovesToTheNextPageWithItsParagraph() {
        let blocks = BlockFactory(geometry: geometry, measurer: measurer)
        var flow = PageFlow(geometry: geometry, measurer: measurer)
        flow.startPage(runningTitle: nil)
        flow.place([.unit(.panel, height: geometry.content.height - 40) { _ in [] }])
        flow.place([blocks.subheading("里程碑"), blocks.paragraph(String(paragraphText.dropFirst(2)))])
        #expect(flow.pages.count == 2)
        #expect(flow.pages[0].blocks.map(\.kind) == [.panel])
        #expect(flow.pages[1].blocks.first?.kind == .heading)
    }

    /// Taken in runs, a long flow hands out every page once, in order, and
    /// holds only the page still being filled; page numbers and destinations
    /// count the pages it let go.
    @Test func takenPagesAreHandedOutOnceAndLetGo() {
        let units = (0 ..< 200).map { index in
            FlowBlock.unit(.panel, height: 100, destination: "unit-\(index)") { origin in [.rect(RectMark(Rect(x: origin.x, y: origin.y, width: 10, height: 100), fill: BriefTheme.ink))] }
        }
        var whole = PageFlow(geometry: geometry, measurer: measurer)
        whole.startPage(runningTitle: nil)
        whole.place(units)

        var runs = PageFlow(geometry: geometry, measurer: measurer)
        runs.startPage(runningTitle: nil)
        var taken: [BriefPage] = []
        for start in stride(from: 0, to: units.count, by: 16) {
            runs.place(Array(units[start ..< min(start + 16, units.count)]))
            taken += runs.takeFinishedPages()
            #expect(runs.pages.count == 1)
        }
        taken += runs.takeRemainingPages()
        #expect(runs.pages.isEmpty)
        #expect(runs.takeRemainingPages().isEmpty)
        #expect(taken.map(\.marks) == whole.pages.map(\.marks))
        #expect(runs.pageCount == whole.pages.count)
        #expect(runs.destinations == whole.destinations)
        #expect(runs.destinations["unit-199"] == whole.pages.count - 1)
    }
}
