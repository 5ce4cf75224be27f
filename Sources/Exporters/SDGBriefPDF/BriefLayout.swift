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
    /// Makes a measurer for a helper thread of the first pass (see
    /// `BodyPlanner`); called on that thread. Nil plans on the calling thread alone.
    public let makeHelperMeasurer: (@Sendable () -> (any TextMeasurer)?)?
    /// How many helper threads the first pass may use beside the calling one.
    public let helperThreads: Int
    /// Makes the measurer of the thread that lays the body out a second
    /// time, keeping marks, while the calling thread draws; called on that
    /// thread. Its layouts travel with the pages (`BriefPage.laidOutText`).
    /// Nil lays the body out on the calling thread.
    public let makeBodyMeasurer: (@Sendable () -> (any TextMeasurer)?)?
    /// The language of the edition: the report's texts and the brief's own words.
    public let language: String

    public init(
        report: Report, paper: PaperSize, measurer: any TextMeasurer, date: Date? = nil, includesCharts: Bool = true,
        makeHelperMeasurer: (@Sendable () -> (any TextMeasurer)?)? = nil, helperThreads: Int = 1,
        makeBodyMeasurer: (@Sendable () -> (any TextMeasurer)?)? = nil,
        language: String = LocalizedText.sourceLanguage
    ) {
        self.makeBodyMeasurer = makeBodyMeasurer
        self.language = language
        self.report = report
        self.includesCharts = includesCharts
        self.geometry = PageGeometry(paper: paper)
        self.measurer = measurer
        self.date = date
        self.makeHelperMeasurer = makeHelperMeasurer
        self.helperThreads = helperThreads
    }

    private var blocks: BlockFactory { BlockFactory(geometry: geometry, measurer: measurer, language: language) }
    private var content: BodyContent { BodyContent(report: report, geometry: geometry, language: language) }
    private var words: BriefWords { BriefWords.forLanguage(language) }

    /// Every page at once, for tests and small reports.
    public func layout() -> BriefDocument {
        var pages: [BriefPage] = []
        let outline = layout { page, _, _ in pages.append(page) }
        return BriefDocument(geometry: geometry, pages: pages, outline: outline)
    }

    /// Lays the brief out and hands over each page, complete with header,
    /// footer and label, in order, as soon as it is laid out, with its index
    /// and the page count; returns the bookmarks. Only the pages of a few
    /// parts are held at a time: a first pass over the body finds the page breaks
    /// and destinations, which the contents and every folio (“第 n 页 / 共 N
    /// 页”) need before the first page can be drawn, and keeps no marks; the
    /// second pass makes the marks and gives the pages away as they fill.
    /// `planning` is told how many of the body's parts (introduction, each
    /// case, conclusions) the first pass has been through, of how many.
    public func layout<Failure: Error>(
        planning: (_ done: Int, _ total: Int) -> Void = { _, _ in },
        streaming emit: (_ page: BriefPage, _ index: Int, _ pageCount: Int) throws(Failure) -> Void
    ) throws(Failure) -> [BriefOutlineEntry] {
        let planner = BodyPlanner(content: content, measurer: measurer, makeHelperMeasurer: makeHelperMeasurer, helperThreads: helperThreads)
        // The first pass's helpers need neither the charts nor the front
        // matter: they start on the body at once.
        let firstPass = planner.begin(content.parts(hasCharts: false))
        let charts = includesCharts ? ChartsSection(report: report, blocks: blocks).drawings() : []
        let entries = contentsEntries(hasCharts: !charts.isEmpty)
        // The front matter's length does not depend on the contents' page
        // numbers, so a first pass with none tells where the body starts. It
        // flows the cover too: a cover that ran onto a second page would
        // otherwise cost the contents its last page.
        let cover = CoverPage(report: report, blocks: blocks, date: date)
        var probe = PageFlow(geometry: geometry, measurer: measurer)
        probe.keepsMarks = false
        probe.startPage(runningTitle: nil)
        probe.place(cover.flowBlocks())
        probe.startPage(runningTitle: words.contents)
        let contentsStart = (block: probe.placedBlockCount, page: probe.currentPageIndex)
        let coverAndContents = probe
        var frontPages = 0
        placeContents(entries, on: &probe, pageNumber: { _ in 0 }) { frontPages += $0.count }
        // A last contents page of a line or two takes entries from the page
        // before, when that keeps the page count: the body's numbers rest on it.
        var contentsBreak = ContentsPage(blocks: blocks).tailStart(entries, after: probe, firstBlock: contentsStart.block, firstPage: contentsStart.page)
        if let start = contentsBreak {
            var retry = coverAndContents
            var pages = 0
            placeContents(entries, on: &retry, pageNumber: { _ in 0 }, breakingBefore: start) { pages += $0.count }
            if pages != frontPages || retry.currentPageFill <= probe.currentPageFill { contentsBreak = nil }
        }
        let bodyStart = frontPages

        let parts = content.parts(hasCharts: !charts.isEmpty)
        let plans = firstPass.finish(parts, charts: charts, progress: planning)
        // The front matter takes the body's first pages; were the contents to
        // come out longer than its probe, the body's numbering stays honest by
        // keeping only as many front pages as it counted on.
        var bodyDestinations: [String: Int] = [:]
        var pageCount = bodyStart
        for plan in plans {
            for (name, page) in plan.destinations { bodyDestinations[name] = pageCount + page }
            pageCount += plan.pageCount
        }
        let planned = bodyDestinations
        let pass = BodyPass(
            content: content, geometry: geometry, parts: parts, charts: charts, bodyStart: bodyStart, pageCount: pageCount,
            reportTitle: report.title.text(in: language), words: words, language: language
        )
        // The body is laid out on a helper while this thread draws the front
        // matter and then each page the helper finishes.
        let body = bodyHelper(pass)
        let furniture = PageFurniture(geometry: geometry, measurer: measurer, reportTitle: report.title.text(in: language), words: words)
        var index = 0
        func emitPage(_ page: BriefPage) throws(Failure) {
            try emit(page, index, pageCount)
            index += 1
        }
        func releaseFront(_ pages: [BriefPage]) throws(Failure) {
            for page in pages where index < bodyStart {
                try emitPage(furniture.finish(page, index: index, pageCount: pageCount))
            }
        }

        var front = PageFlow(geometry: geometry, measurer: measurer)
        front.startPage(runningTitle: nil)
        front.place(cover.flowBlocks())
        front.draw(cover.footMarks())
        front.startPage(runningTitle: words.contents)
        do throws(Failure) {
            try placeContents(entries, on: &front, pageNumber: { planned[$0].map { $0 + 1 } }, breakingBefore: contentsBreak, release: releaseFront)
        } catch {
            body?.cancel()
            throw error
        }
        let destinations = front.destinations.merging(planned) { _, body in body }

        // Without a helper, or one that could not load its fonts, the body
        // is laid out here, each part drawn as soon as it is placed.
        // The contents are never shorter than their probe (page numbers only
        // widen entries) and are cut to it, so the body's numbering, which
        // the helper started from the probe, is the pages' own.
        assert(index == bodyStart, "the front matter took \(index) pages, not \(bodyStart)")
        if try body?.receive(emitPage) != true {
            var failure: Failure?
            pass.run(measurer: measurer) { pages in
                do throws(Failure) {
                    for page in pages { try emitPage(page) }
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
        }
        return outline(destinations)
    }

    /// The body's second pass on a thread of its own, when there is a
    /// measurer for it and enough parts to pay for the thread.
    private func bodyHelper(_ pass: BodyPass) -> BodyHelper? {
        guard let makeBodyMeasurer, pass.parts.count >= BodyPlanner.partsWorthAHelper else { return nil }
        return BodyHelper(pass: pass, makeMeasurer: makeBodyMeasurer)
    }

    /// A network's contents run to hundreds of pages: placed in runs that end
    /// where no block keeps with the next, which places them exactly as one
    /// run would, and each finished page handed to `release` and let go.
    private func placeContents<Failure: Error>(
        _ entries: [ContentsEntry], on flow: inout PageFlow, pageNumber: @escaping (String) -> Int?, breakingBefore tailStart: Int? = nil,
        release: ([BriefPage]) throws(Failure) -> Void
    ) throws(Failure) {
        var run: [FlowBlock] = []
        for (index, block) in ContentsPage(blocks: blocks).flowBlocks(entries, pageNumber: pageNumber).enumerated() {
            var block = block
            block.breaksBefore = index == tailStart
            run.append(block)
            if run.count >= 64, !block.keepWithNext {
                flow.place(run)
                run = []
                try release(flow.takeFinishedPages())
            }
        }
        flow.place(run)
        try release(flow.takeRemainingPages())
    }

    private func contentsEntries(hasCharts: Bool) -> [ContentsEntry] {
        var entries: [ContentsEntry] = []
        if content.hasIntroduction {
            entries.append(ContentsEntry(title: words.introduction, destination: BodyContent.introduction, level: 0))
        }
        if !report.cases.isEmpty {
            entries.append(ContentsEntry(title: words.cityCases, destination: BodyContent.cases, level: 0))
            for (index, item) in report.cases.enumerated() {
                entries.append(ContentsEntry(title: caseTitle(item), number: String(format: "%02d", index + 1), destination: CaseSection.destination(item), level: 1))
            }
        }
        if hasCharts {
            entries.append(ContentsEntry(title: words.charts, destination: ChartsSection.destination, level: 0))
        }
        if content.hasConclusions {
            entries.append(ContentsEntry(title: words.conclusions, destination: BodyContent.conclusions, level: 0))
        }
        return entries
    }

    private func caseTitle(_ item: Case) -> String {
        item.city.text(in: language) + words.parenthesized(item.country.text(in: language)) + words.colon + item.practice.text(in: language)
    }

    private func outline(_ destinations: [String: Int]) -> [BriefOutlineEntry] {
        var result: [BriefOutlineEntry] = []
        func entry(_ title: String, _ name: String, children: [BriefOutlineEntry] = []) {
            if let page = destinations[name] { result.append(BriefOutlineEntry(title: title, destination: name, pageIndex: page, children: children)) }
        }
        entry(words.cover, CoverPage.destination)
        entry(words.contents, ContentsPage.destination)
        entry(words.introduction, BodyContent.introduction)
        let cases = report.cases.enumerated().compactMap { index, item -> BriefOutlineEntry? in
            let name = CaseSection.destination(item)
            return destinations[name].map { BriefOutlineEntry(title: String(format: "%02d ", index + 1) + caseTitle(item), destination: name, pageIndex: $0) }
        }
        entry(words.cityCases, BodyContent.cases, children: cases)
        entry(words.charts, ChartsSection.destination)
        entry(words.conclusions, BodyContent.conclusions)
        return result
    }
}
