import Foundation
import SDGBriefCore
import SDGBriefGraphics

/// Lays the report out as pages of marks, without drawing: cover,
/// contents, introduction, one section per case, conclusions. Pure given
/// the measurer, so tests can check pagination rules directly.
public struct BriefLayout {
    public let report: Report
    public let geometry: PageGeometry
    public let measurer: any TextMeasurer
    public let date: Date?
    /// Whether to add the “图表” section drawn by the chart layouts.
    public let includesCharts: Bool

    public init(report: Report, paper: PaperSize, measurer: any TextMeasurer, date: Date? = nil, includesCharts: Bool = true) {
        self.report = report
        self.includesCharts = includesCharts
        self.geometry = PageGeometry(paper: paper)
        self.measurer = measurer
        self.date = date
    }

    static let introduction = "introduction"
    static let cases = "cases"
    static let conclusions = "conclusions"

    private var blocks: BlockFactory { BlockFactory(geometry: geometry, measurer: measurer) }

    /// Every page at once, for tests and small reports.
    public func layout() -> BriefDocument {
        var pages: [BriefPage] = []
        let outline = layout { page, _, _ in pages.append(page) }
        return BriefDocument(geometry: geometry, pages: pages, outline: outline)
    }

    /// Lays the brief out and hands over each page, complete with header,
    /// footer and label, in order, as soon as it is laid out, with its index
    /// and the page count; returns the bookmarks. Only the pages of one case
    /// are held at a time: a first pass over the body finds the page breaks
    /// and destinations, which the contents and every folio (“第 n 页 / 共 N
    /// 页”) need before the first page can be drawn, and keeps no marks; the
    /// second pass makes the marks and gives the pages away as they fill.
    /// `planning` is told how many of the body's parts (introduction, each
    /// case) the first pass has been through, of how many.
    public func layout(
        planning: (_ done: Int, _ total: Int) -> Void = { _, _ in },
        streaming emit: (_ page: BriefPage, _ index: Int, _ pageCount: Int) throws -> Void
    ) rethrows -> [BriefOutlineEntry] {
        let charts = includesCharts ? ChartsSection(report: report, blocks: blocks).drawings() : []
        let entries = contentsEntries(hasCharts: !charts.isEmpty)
        // The contents' length does not depend on its page numbers, so a
        // first pass with none tells where the body starts.
        var probe = PageFlow(geometry: geometry, measurer: measurer)
        probe.startPage(runningTitle: "目录")
        probe.place(ContentsPage(blocks: blocks).flowBlocks(entries) { _ in 0 })
        let contentsPageCount = probe.pages.count
        let bodyStart = 1 + contentsPageCount

        var plan = PageFlow(geometry: geometry, measurer: measurer)
        plan.keepsMarks = false
        for _ in 0 ..< bodyStart { plan.startPage(runningTitle: nil) }
        let parts = report.cases.count + (report.introduction.isEmpty && report.figures.isEmpty ? 0 : 1)
        var planned = 0
        placeBody(&plan, charts: charts) { _ in
            planned += 1
            planning(planned, parts)
        }

        // The front matter takes the body's first pages; were the contents to
        // come out longer than its probe, the body's numbering stays honest by
        // keeping only as many front pages as it counted on.
        let pageCount = plan.pages.count
        let furniture = PageFurniture(geometry: geometry, measurer: measurer, reportTitle: report.title.zh)
        var index = 0
        func finish(_ page: BriefPage) throws {
            var page = page
            page.label = index == 0 ? "封面" : String(index + 1)
            if index > 0 {
                page.marks += furniture.marks(pageNumber: index + 1, pageCount: pageCount, runningTitle: page.runningTitle)
            }
            try emit(page, index, pageCount)
            index += 1
        }
        func releaseFront(_ pages: [BriefPage]) throws {
            for page in pages where index < bodyStart { try finish(page) }
        }

        var front = PageFlow(geometry: geometry, measurer: measurer)
        front.startPage(runningTitle: nil)
        let cover = CoverPage(report: report, blocks: blocks, date: date)
        front.place(cover.flowBlocks())
        front.draw(cover.footMarks(geometry: geometry))
        front.startPage(runningTitle: "目录")
        // A network's contents run to hundreds of pages: placed in runs that
        // end where no block keeps with the next, which places them exactly as
        // one run would, and each finished page is drawn and let go.
        var run: [FlowBlock] = []
        for block in ContentsPage(blocks: blocks).flowBlocks(entries, pageNumber: { plan.destinations[$0].map { $0 + 1 } }) {
            run.append(block)
            if run.count >= 64, !block.keepWithNext {
                front.place(run)
                run = []
                try releaseFront(front.takeFinishedPages())
            }
        }
        front.place(run)
        try releaseFront(front.takeRemainingPages())
        let destinations = front.destinations.merging(plan.destinations) { _, body in body }

        var body = PageFlow(geometry: geometry, measurer: measurer)
        for _ in 0 ..< bodyStart { body.startPage(runningTitle: nil) }
        var skipped = 0
        func release(_ pages: [BriefPage]) throws {
            for page in pages {
                // The body's first pages stand in for the cover and contents.
                if skipped < bodyStart {
                    skipped += 1
                } else {
                    try finish(page)
                }
            }
        }
        try placeBody(&body, charts: charts) { flow in try release(flow.takeFinishedPages()) }
        try release(body.takeRemainingPages())
        return outline(destinations)
    }

    private func contentsEntries(hasCharts: Bool) -> [ContentsEntry] {
        var entries: [ContentsEntry] = []
        if !report.introduction.isEmpty || !report.figures.isEmpty {
            entries.append(ContentsEntry(title: "引言", destination: Self.introduction, level: 0))
        }
        if !report.cases.isEmpty {
            entries.append(ContentsEntry(title: "城市案例", destination: Self.cases, level: 0))
            for (index, item) in report.cases.enumerated() {
                entries.append(ContentsEntry(title: caseTitle(item), number: String(format: "%02d", index + 1), destination: CaseSection.destination(item), level: 1))
            }
        }
        if hasCharts {
            entries.append(ContentsEntry(title: "图表", destination: ChartsSection.destination, level: 0))
        }
        if hasConclusions {
            entries.append(ContentsEntry(title: "结论与建议", destination: Self.conclusions, level: 0))
        }
        return entries
    }

    private var hasConclusions: Bool {
        !report.conclusionsPreamble.isEmpty || !report.conclusions.isEmpty || !report.closing.isEmpty
    }

    private func caseTitle(_ item: Case) -> String {
        "\(item.city.zh)（\(item.country.zh)）：\(item.practice.zh)"
    }

    /// `afterEachPart` runs after the introduction and after every case, so
    /// a caller can take the pages that are complete.
    private func placeBody(
        _ flow: inout PageFlow, charts: [(title: String, drawing: Drawing)], afterEachPart: (inout PageFlow) throws -> Void
    ) rethrows {
        if !report.introduction.isEmpty || !report.figures.isEmpty {
            flow.startPage(runningTitle: "引言")
            var intro = [blocks.sectionHeading("引言", destination: Self.introduction)]
            for (index, paragraph) in report.introduction.enumerated() {
                intro.append(blocks.paragraph(paragraph.zh, spaceBefore: index == 0 ? 0 : 6))
            }
            if !report.figures.isEmpty {
                intro.append(blocks.subheading("数字一览", spaceBefore: 20))
                intro += blocks.figurePanel(report.figures, color: BriefTheme.accent, spaceBefore: 4)
            }
            flow.place(intro)
            try afterEachPart(&flow)
        }
        for (index, item) in report.cases.enumerated() {
            flow.startPage(runningTitle: "案例 \(String(format: "%02d", index + 1))　\(item.city.zh)")
            if index == 0 {
                // “Cases” has no page of its own: its bookmark opens the first case.
                flow.place([.unit(.decoration, height: 0, destination: Self.cases) { _ in [] }])
            }
            flow.place(CaseSection(report: report, item: item, number: index + 1, blocks: blocks).flowBlocks())
            try afterEachPart(&flow)
        }
        if !charts.isEmpty {
            flow.startPage(runningTitle: "图表")
            flow.place(ChartsSection(report: report, blocks: blocks).flowBlocks(charts))
        }
        if hasConclusions {
            flow.startPage(runningTitle: "结论与建议")
            var result = [blocks.sectionHeading("结论与建议", destination: Self.conclusions)]
            for (index, paragraph) in report.conclusionsPreamble.enumerated() {
                result.append(blocks.paragraph(paragraph.zh, spaceBefore: index == 0 ? 0 : 6))
            }
            for conclusion in report.conclusions.sorted(by: { $0.rank < $1.rank }) {
                result.append(conclusionTitle(conclusion))
                result.append(blocks.paragraph(conclusion.text.zh, spaceBefore: 4))
            }
            if !report.closing.isEmpty {
                result.append(blocks.subheading("结语", spaceBefore: 22))
                for (index, paragraph) in report.closing.enumerated() {
                    result.append(blocks.paragraph(paragraph.zh, spaceBefore: index == 0 ? 2 : 6))
                }
            }
            flow.place(result)
        }
    }

    /// A recommendation's number in a disc, and its title in bold beside it.
    private func conclusionTitle(_ conclusion: Conclusion) -> FlowBlock {
        let disc = 20.0
        let style = BriefTheme.text(12.5, BriefTheme.ink, weight: .bold, width: blocks.width - disc - 10, lineHeight: 1.4)
        let numberStyle = BriefTheme.text(11, .white, weight: .bold, width: disc, alignment: .center, lineHeight: nil)
        let title = blocks.measure(conclusion.title.zh, style)
        // The first line centred on the disc.
        let drop = max(0, (disc - (title.lines.first?.logical.height ?? 0)) / 2)
        let height = max(disc, drop + title.logical.height)
        return .unit(.heading, height: height, spaceBefore: 16, keepWithNext: true) { origin in
            let text = blocks.run(conclusion.title.zh, style, at: origin.offsetBy(dx: disc + 10, dy: drop))
            let number = blocks.measure(String(conclusion.rank), numberStyle)
            return [
                .circle(CircleMark(center: Point(x: origin.x + disc / 2, y: origin.y + disc / 2), radius: disc / 2, fill: BriefTheme.highlight)),
                .text(TextRun(String(conclusion.rank), style: numberStyle, origin: Point(x: origin.x, y: origin.y + (disc - number.logical.height) / 2), metrics: number)),
                .text(text),
            ]
        }
    }

    private func outline(_ destinations: [String: Int]) -> [BriefOutlineEntry] {
        var result: [BriefOutlineEntry] = []
        func entry(_ title: String, _ name: String, children: [BriefOutlineEntry] = []) {
            if let page = destinations[name] { result.append(BriefOutlineEntry(title: title, destination: name, pageIndex: page, children: children)) }
        }
        entry("封面", CoverPage.destination)
        entry("目录", ContentsPage.destination)
        entry("引言", Self.introduction)
        let cases = report.cases.enumerated().compactMap { index, item -> BriefOutlineEntry? in
            let name = CaseSection.destination(item)
            return destinations[name].map { BriefOutlineEntry(title: String(format: "%02d ", index + 1) + caseTitle(item), destination: name, pageIndex: $0) }
        }
        entry("城市案例", Self.cases, children: cases)
        entry("图表", ChartsSection.destination)
        entry("结论与建议", Self.conclusions)
        return result
    }
}
