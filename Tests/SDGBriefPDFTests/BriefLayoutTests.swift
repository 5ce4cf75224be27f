import SDGBriefCairo
import SDGBriefCore
import SDGBriefGraphics
@testable import SDGBriefPDF
import Testing

/// Pagination rules, checked on the laid-out pages before anything is drawn.
@Suite struct BriefLayoutTests {
    static let reports: [Int] = [3, 8, 30]

    @Test(arguments: reports)
    func noHeadingIsTheLastBlockOnAPage(caseCount: Int) throws {
        let document = try BriefFixture.layout(try BriefFixture.report(caseCount: caseCount))
        for (index, page) in document.pages.enumerated() {
            let last = page.blocks.last { $0.kind != .decoration }
            #expect(last?.keepWithNext != true, "page \(index + 1) ends with a \(String(describing: last?.kind))")
        }
    }

    /// A paragraph split across pages leaves at least two lines on each side,
    /// and the rule is exercised: some paragraph does split.
    @Test(arguments: reports)
    func splitParagraphsKeepTwoLinesOnEachSide(caseCount: Int) throws {
        let document = try BriefFixture.layout(try BriefFixture.report(caseCount: caseCount))
        var splits = 0
        for (index, page) in document.pages.enumerated() {
            for block in page.blocks where block.kind == .paragraph && block.lineCount < block.paragraphLineCount {
                splits += 1
                #expect(block.lineCount >= 2, "page \(index + 1): a part of \(block.lineCount) line(s)")
                #expect(block.isParagraphEnd || block.frame.maxY > document.geometry.content.maxY - 2 * 18, "page \(index + 1): a split part stops short of the foot")
            }
        }
        if caseCount >= 8 { #expect(splits > 0) }
    }

    /// The first part of a split paragraph is justified to its last line; a
    /// paragraph's own last line stays ragged.
    @Test func splitPartsEndJustifiedAndParagraphEndsStayRagged() throws {
        let document = try BriefFixture.layout(try BriefFixture.bundled())
        var checked = 0
        for page in document.pages {
            for case .text(let run) in page.marks.untagged where run.style.alignment == .justify && run.style.size == BriefTheme.bodySize {
                let block = page.blocks.first { $0.kind == .paragraph && $0.frame == run.extent }
                guard let block else { continue }
                #expect(run.style.justifiesLastLine == !block.isParagraphEnd)
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    /// A cover too full for one page (a title of eight lines on Letter)
    /// runs onto a second; the contents still list and link every case.
    @Test func aCoverThatRunsOverCostsTheContentsNothing() throws {
        var report = try BriefFixture.report(caseCount: 30)
        report.title = LocalizedText(zh: String(repeating: "城市伙伴关系与可持续发展目标的地方实践", count: 7))
        let document = try BriefFixture.layout(report, paper: .letter)
        #expect(document.pages[1].runningTitle != "目录", "the cover fits on one page; the test needs one that does not")
        let linked = Set(document.pages.filter { $0.runningTitle == "目录" }.flatMap { page in
            page.marks.untagged.compactMap { mark -> String? in
                if case .link(let area) = mark, case .destination(let name) = area.target { return name }
                return nil
            }
        })
        for item in report.cases {
            #expect(linked.contains(CaseSection.destination(item)), "no contents entry for \(item.city.zh)")
        }
    }

    @Test(arguments: [PaperSize.a4, .letter])
    func everyTextRunLiesInThePrintAreaWithoutOverlap(paper: PaperSize) throws {
        let document = try BriefFixture.layout(try BriefFixture.report(caseCount: 8), paper: paper)
        let area = document.geometry.printArea
        for (index, page) in document.pages.enumerated() {
            let drawing = page.drawing(size: document.geometry.pageSize)
            for run in drawing.textRuns {
                #expect(area.insetBy(dx: -0.01, dy: -0.01).contains(run.extent), "page \(index + 1): “\(run.text.prefix(20))” at \(run.extent)")
            }
            for (a, b) in drawing.overlappingTextRuns {
                #expect(Bool(false), "page \(index + 1): “\(a.text.prefix(12))” overlaps “\(b.text.prefix(12))”")
            }
        }
    }

    /// No line of any page starts inside a figure: “1070万”, “312,369”,
    /// “184.7万” and ranges stay on one line.
    @Test func figuresAreNeverBrokenAcrossLines() throws {
        let engine = try TextEngine()
        let measurer = PangoTextMeasurer(engine: engine)
        let document = BriefLayout(report: try BriefFixture.bundled(), paper: .a4, measurer: measurer).layout()
        let figure = Set("0123456789,.万亿%–")
        var lineStarts = 0
        for page in document.pages {
            for run in page.drawing(size: document.geometry.pageSize).textRuns where run.style.maxWidth != nil {
                let metrics = measurer.measure(run.text, style: run.style)
                let bytes = Array(run.text.utf8)
                for line in metrics.lines.dropFirst() {
                    guard let start = line.utf8Range?.lowerBound, start > 0 else { continue }
                    lineStarts += 1
                    let before = String(decoding: bytes[..<start], as: UTF8.self).filter { $0 != NumberGlue.joiner }.last
                    let after = String(decoding: bytes[start...], as: UTF8.self).filter { $0 != NumberGlue.joiner }.first
                    if let before, let after, before.isNumber || after.isNumber {
                        #expect(!(figure.contains(before) && figure.contains(after)), "“…\(before)|\(after)…” in “\(run.text.prefix(30))”")
                    }
                }
            }
        }
        #expect(lineStarts > 100)
    }

    @Test func outlineNamesEverySectionAndCase() throws {
        let report = try BriefFixture.bundled()
        let document = try BriefFixture.layout(report)
        #expect(document.outline.map(\.title) == ["封面", "目录", "引言", "城市案例", "图表", "结论与建议"])
        #expect(document.outline.first { $0.destination == "cases" }?.children.map(\.destination) == report.cases.map { "case-\($0.id)" })
        #expect(document.pages.first?.label == "封面")
        #expect(document.pages.dropFirst().enumerated().allSatisfy { $1.label == String($0 + 2) })
    }

    @Test func everyCaseStartsOnItsOwnPage() throws {
        let report = try BriefFixture.bundled()
        let document = try BriefFixture.layout(report)
        let casePages = document.outline.first { $0.destination == "cases" }!.children.map(\.pageIndex)
        #expect(Set(casePages).count == report.cases.count)
        #expect(casePages == casePages.sorted())
    }
}
