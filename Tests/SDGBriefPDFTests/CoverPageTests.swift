import SDGBriefCairo
import SDGBriefCore
import SDGBriefGraphics
@testable import SDGBriefPDF
import Testing

/// The cover, flowed on its own as the layout flows it.
@Suite struct CoverPageTests {
    let measurer: PangoTextMeasurer

    init() throws {
        measurer = PangoTextMeasurer(engine: try TextEngine())
    }

    func flow(_ report: Report, paper: PaperSize = .a4) -> (pages: [BriefPage], geometry: PageGeometry) {
        let geometry = PageGeometry(paper: paper)
        let cover = CoverPage(report: report, blocks: BlockFactory(geometry: geometry, measurer: measurer), date: BriefFixture.fixedDate)
        var flow = PageFlow(geometry: geometry, measurer: measurer)
        flow.startPage(runningTitle: nil)
        flow.place(cover.flowBlocks())
        flow.draw(cover.footMarks())
        return (flow.takeRemainingPages(), geometry)
    }

    func texts(_ page: BriefPage, size: Size) -> [String] {
        page.drawing(size: size).textRuns.map(\.text)
    }

    /// Everything the cover flows ends above the rule over its foot.
    func expectClearOfTheFoot(_ page: BriefPage, _ report: Report, size: Size, sourceLocation: SourceLocation = #_sourceLocation) {
        let publisher = report.publisher?.zh ?? "sdgbrief"
        guard let foot = page.drawing(size: size).textRuns.first(where: { $0.text.hasPrefix(publisher) }) else {
            Issue.record("no foot", sourceLocation: sourceLocation)
            return
        }
        let lowest = page.blocks.map(\.frame.maxY).max() ?? 0
        #expect(lowest <= foot.extent.minY - 12, "the cover's blocks reach \(lowest), the foot's rule is at \(foot.extent.minY - 12)", sourceLocation: sourceLocation)
    }

    func links(_ page: BriefPage) -> [LinkTarget] {
        page.marks.untagged.compactMap { mark in
            if case .link(let area) = mark { return area.target }
            return nil
        }
    }

    /// However many cases a network has, the cover is one page, with the
    /// goals and the foot on it, and nothing drawn outside the print area.
    @Test(arguments: [1, 16, 17, 24, 25, 300, 3000], [PaperSize.a4, .letter])
    func isOnePageWhateverTheNumberOfCases(caseCount: Int, paper: PaperSize) throws {
        let report = try BriefFixture.report(caseCount: caseCount)
        let (pages, geometry) = flow(report, paper: paper)
        #expect(pages.count == 1)
        let drawing = pages[0].drawing(size: geometry.pageSize)
        #expect(drawing.textRuns.contains { $0.text.hasPrefix("案例涉及的可持续发展目标") })
        expectClearOfTheFoot(pages[0], report, size: geometry.pageSize)
        for run in drawing.textRuns {
            #expect(geometry.printArea.insetBy(dx: -0.01, dy: -0.01).contains(run.extent), "“\(run.text.prefix(20))” at \(run.extent)")
        }
    }

    /// A title long enough to wrap, on the shorter Letter page, leaves room
    /// for fewer rows; the list shrinks to it and still accounts for every city.
    @Test(arguments: [40, 300])
    func shrinksTheListToTheRoomALongTitleLeaves(caseCount: Int) throws {
        let short = try BriefFixture.report(caseCount: caseCount)
        var long = short
        long.title = LocalizedText(zh: "城市伙伴关系与可持续发展目标：创新的未来在于城市网络的共同实践")
        func listed(_ report: Report) -> (named: Int, more: Int) {
            let (pages, geometry) = flow(report, paper: .letter)
            #expect(pages.count == 1)
            expectClearOfTheFoot(pages[0], report, size: geometry.pageSize)
            let texts = texts(pages[0], size: geometry.pageSize)
            let named = report.cases.filter { texts.contains($0.city.zh) }.count
            let more = texts.compactMap { $0.wholeMatch(of: /另有(\d+)座城市，见目录/).map { Int($0.1)! } }
            return (named, more.first ?? 0)
        }
        let withShortTitle = listed(short), withLongTitle = listed(long)
        #expect(withLongTitle.named < withShortTitle.named)
        #expect(withLongTitle.named + withLongTitle.more == caseCount)
        #expect(withShortTitle.named + withShortTitle.more == caseCount)
    }

    /// Up to the rows the cover holds, every city is named and linked to its case.
    @Test(arguments: [16, 24])
    func namesEveryCityWhenAllFit(caseCount: Int) throws {
        let report = try BriefFixture.report(caseCount: caseCount)
        let page = flow(report).pages[0]
        let texts = Set(texts(page, size: PageGeometry(paper: .a4).pageSize))
        #expect(report.cases.allSatisfy { texts.contains($0.city.zh) })
        #expect(!texts.contains { $0.hasPrefix("另有") })
        #expect(links(page) == report.cases.map { .destination(CaseSection.destination($0)) })
    }

    /// Beyond them, the last cell counts the cities left out and links to
    /// the contents, which lists them all.
    @Test(arguments: [25, 3000])
    func countsTheCitiesItLeavesToTheContents(caseCount: Int) throws {
        let report = try BriefFixture.report(caseCount: caseCount)
        let page = flow(report).pages[0]
        let texts = texts(page, size: PageGeometry(paper: .a4).pageSize)
        let cells = 3 * CoverPage.maximumCityRows
        let named = report.cases.filter { texts.contains($0.city.zh) }
        #expect(named.map(\.id) == report.cases.prefix(cells - 1).map(\.id))
        #expect(texts.contains("另有\(caseCount - cells + 1)座城市，见目录"))
        #expect(links(page).count == cells)
        #expect(links(page).last == .destination(ContentsPage.destination))
    }
}
