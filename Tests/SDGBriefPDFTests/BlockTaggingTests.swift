import Foundation
import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
@testable import SDGBriefPDF
import SDGBriefTestSupport
import Testing

/// The brief's structure tree as a screen reader gets it, read back with pikepdf.
@Suite struct BlockTaggingTests {
    private func withTree<T>(_ report: Report, options: ExportOptions = ExportOptions(date: BriefFixture.fixedDate),
                             _ body: (StructureTree, String) throws -> T) throws -> T {
        let (directory, path) = try BriefFixture.write(try BriefFixture.pdf(report, options: options))
        defer { try? FileManager.default.removeItem(at: directory) }
        let check = try ExternalTool.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.text)\(check.errorText)")
        return try body(try StructureTree.read(path: path), path)
    }

    @Test func theBundledBriefReadsAsATaggedDocumentInChinese() throws {
        try withTree(try BriefFixture.bundled()) { tree, _ in
            #expect(tree.lang == "zh-CN")
            #expect(tree.marked)
            #expect(tree.displayDocTitle)
            #expect(tree.danglingMarkedContent == 0)
            #expect(tree.pagesWithoutStructureTabOrder == 0)
        }
    }

    @Test func headingsComeInOrderAndNeverSkipALevel() throws {
        let report = try BriefFixture.bundled()
        try withTree(report) { tree, path in
            let headings = tree.elements(["H1", "H2", "H3"])
            #expect(headings.first?.role == "H1")
            #expect(headings.first?.page == 1)
            var level = 0
            var page = 0
            for heading in headings {
                let own = Int(heading.role.dropFirst())!
                #expect(own <= level + 1, "\(heading.role) on page \(heading.page ?? 0) follows a level-\(level) heading")
                #expect((heading.page ?? 0) >= page, "a heading on page \(heading.page ?? 0) after one on page \(page)")
                level = own
                page = heading.page ?? page
            }
            // Every case opens with a level-2 heading on the page its bookmark opens.
            let casePages = try QPDFDocument(path: path).outlines.first { $0.title == "城市案例" }?.kids.map(\.page) ?? []
            #expect(casePages.count == report.cases.count)
            let h2Pages = Set(tree.elements(["H2"]).compactMap(\.page))
            for casePage in casePages { #expect(h2Pages.contains(casePage), "no H2 on case page \(casePage)") }
            // The sections: cover title, contents, introduction, charts, conclusions.
            #expect(tree.elements(["H1"]).count == 5)
        }
    }

    @Test func everyChartAndBadgeRowIsAFigureWithTheChartsAltText() throws {
        let report = try BriefFixture.bundled()
        try withTree(report) { tree, _ in
            let figures = tree.elements(["Figure"])
            #expect(figures.allSatisfy { !($0.alt ?? "").isEmpty })
            let blocks = BlockFactory(geometry: PageGeometry(paper: .a4), measurer: try BriefFixture.measurer())
            let charts = ChartsSection(report: report, blocks: blocks).drawings()
            #expect(charts.count == ChartsSection.chartIDs.count)
            let alts = figures.compactMap(\.alt)
            for id in ChartsSection.chartIDs {
                let chart = try #require(ChartCatalog.chart(id: id))
                let expected = chart.altText(report, on: ChartCanvas(size: ChartsSection.canvas, theme: .transparent))
                #expect(alts.contains(expected), "no figure reads the \(id) chart's alt text")
            }
            let map = MapChart().altText(report, on: ChartCanvas(size: CaseMapBlock.canvas, theme: .transparent), measurer: try BriefFixture.measurer())
            #expect(alts.contains(map), "no figure reads the map's alt text")
            // The cover's goal grid, the map, each case's goal badges, the charts.
            #expect(figures.count == 1 + 1 + report.cases.filter { !$0.sdgs.isEmpty }.count + charts.count)
            let badgeAlt = BlockFactory.goalBadgesAlternativeText(report.cases[0].sdgs.map(\.goal), primary: Set(report.cases[0].primaryGoals))
            #expect(alts.contains(badgeAlt))
        }
    }

    @Test func milestonesPartnersContentsAndCitiesAreListItems() throws {
        let report = try BriefFixture.bundled()
        try withTree(report) { tree, _ in
            let lists = tree.elements(["L"])
            #expect(lists.allSatisfy { !$0.children.isEmpty && $0.children.allSatisfy { $0 == "LI" } })
            let milestones = report.cases.map(\.milestones.count).reduce(0, +)
            let sectorRows = report.cases.map { Set($0.partners.map(\.sector)).count }.reduce(0, +)
            // Introduction, cases, charts, conclusions and each case.
            let contents = 4 + report.cases.count
            let cities = report.cases.count
            #expect(tree.elements(["LI"]).count == milestones + sectorRows + contents + cities)
            // A list never holds headings or paragraphs: milestones do not run into the partners.
            #expect(lists.count >= 1 + 1 + report.cases.filter { !$0.milestones.isEmpty }.count + report.cases.filter { !$0.partners.isEmpty }.count)
        }
    }

    @Test func figurePanelsAreTablesOfLabelledValues() throws {
        let report = try BriefFixture.bundled()
        try withTree(report) { tree, _ in
            let tables = tree.elements(["Table"])
            #expect(!tables.isEmpty)
            #expect(tables.allSatisfy { !$0.children.isEmpty && $0.children.allSatisfy { $0 == "TR" } })
            #expect(tree.elements(["TR"]).allSatisfy { $0.children == ["TH", "TD"] })
            // Each label heads the value beside it.
            #expect(tree.elements(["TH"]).allSatisfy { $0.scope == "Row" })
            let figures = report.figures.count + min(3, report.figures.filter { $0.unit != .year }.count) + report.cases.map(\.figures.count).reduce(0, +)
            #expect(tree.elements(["TR"]).count == figures)
        }
    }

    /// Every link says in words where it goes, on its element and its
    /// annotation: the contents entries their title and page, the cover's
    /// cities and the map's markers and labels their place.
    @Test func everyLinkSaysWhereItGoes() throws {
        let report = try BriefFixture.bundled()
        try withTree(report) { tree, path in
            let descriptions = tree.elements(["Link"]).map { $0.alt ?? "" }
            #expect(descriptions.count == report.cases.count * 4 + 4)
            #expect(descriptions.allSatisfy { !$0.isEmpty })
            #expect(tree.linkAnnotationContents == descriptions)
            for item in report.cases {
                #expect(descriptions.contains("\(item.city.zh)（\(item.country.zh)）"), "no cover link names \(item.city.zh)")
                #expect(descriptions.filter { $0.contains(item.city.zh) }.count >= 4, "\(item.city.zh): \(descriptions)")
            }
            let outline = try QPDFDocument(path: path).outlines
            let entries = outline.dropFirst(2).flatMap { [($0.title, $0.page)] + $0.kids.map { ($0.title.split(separator: " ", maxSplits: 1)[1].description, $0.page) } }
            #expect(entries.count == 4 + report.cases.count)
            for (title, page) in entries {
                #expect(descriptions.contains("\(title)，第 \(page) 页"), "no contents link says “\(title)” on page \(page)")
            }
        }
    }

    @Test func pageFurnitureIsArtifactAndNothingIsLeftUntagged() throws {
        try withTree(try BriefFixture.bundled()) { tree, _ in
            #expect(tree.untaggedPainting == 0)
            // Every page but the cover has a header rule and a folio; the cover its colour band.
            #expect(tree.artifacts >= tree.pageCount)
        }
    }

    @Test func theEnglishEditionSaysSo() throws {
        #expect(PDFExporter.documentLanguage("zh") == "zh-CN")
        #expect(PDFExporter.documentLanguage("en") == "en")
        try withTree(try BriefFixture.bundled(), options: ExportOptions(date: BriefFixture.fixedDate, language: "en")) { tree, _ in
            #expect(tree.lang == "en")
        }
    }

    @Test func aLongReportStaysTaggedAndReproducible() throws {
        let report = try BriefFixture.report(caseCount: 30)
        let options = ExportOptions(date: BriefFixture.fixedDate)
        let first = try BriefFixture.pdf(report, options: options)
        #expect(first == (try BriefFixture.pdf(report, options: options)))
        try withTree(report) { tree, _ in
            #expect(tree.untaggedPainting == 0)
            #expect(tree.danglingMarkedContent == 0)
            #expect(tree.elements(["Figure"]).allSatisfy { !($0.alt ?? "").isEmpty })
        }
    }

    @Test func splitRemovesShapesFromTheElement() {
        let rule = Mark.rect(RectMark(Rect(x: 0, y: 0, width: 10, height: 1), fill: .black))
        let link = Mark.link(LinkArea(Rect(x: 0, y: 0, width: 10, height: 10), to: .destination("a")))
        let (shapes, content) = BlockTagging.split([rule, link], as: StructureTag(.paragraph))
        #expect(shapes == [rule])
        #expect(content == [MarkGroup.tagged(StructureTag(.paragraph), [link])])
        let figure = BlockTagging.split([rule], as: StructureTag(.figure, alternativeText: "x"))
        #expect(figure.shapes.isEmpty)
    }

    @Test func consecutiveListItemsOnAPageShareOneList() {
        var page: [Mark] = []
        let item = Mark.link(LinkArea(Rect(x: 0, y: 0, width: 10, height: 10), to: .destination("a")))
        let tick = Mark.rect(RectMark(Rect(x: 0, y: 0, width: 3, height: 3), fill: .black))
        BlockTagging.append([tick, item], structure: StructureTag(.listItem), container: .list, to: &page)
        BlockTagging.append([tick, item], structure: StructureTag(.listItem), container: .list, to: &page)
        #expect(page.count == 3)
        guard case .group(let list) = page.last else { Issue.record("no list"); return }
        #expect(list.structure?.role == .list)
        #expect(list.marks.count == 2)
    }
}
