import Foundation
import SDGBriefCore
import SDGBriefGraphics

/// What the brief's body holds, part by part: the introduction, one section
/// per case, the charts and the conclusions. Both passes of the layout take
/// their blocks from here, so the plan and the drawn pages cannot differ.
struct BodyContent: Sendable {
    static let introduction = "introduction"
    static let cases = "cases"
    static let conclusions = "conclusions"

    let report: Report
    let geometry: PageGeometry
    /// The language the report's texts are taken in.
    var language: String = LocalizedText.sourceLanguage

    private var words: BriefWords { BriefWords.forLanguage(language) }

    var hasIntroduction: Bool { !report.introduction.isEmpty || !report.figures.isEmpty }

    var hasConclusions: Bool {
        !report.conclusionsPreamble.isEmpty || !report.conclusions.isEmpty || !report.closing.isEmpty
    }

    /// The parts in reading order.
    func parts(hasCharts: Bool) -> [BodyPart] {
        var parts: [BodyPart] = hasIntroduction ? [.introduction] : []
        parts += report.cases.indices.map { BodyPart.caseStudy(index: $0) }
        if hasCharts { parts.append(.charts) }
        if hasConclusions { parts.append(.conclusions) }
        return parts
    }

    /// Starts `part` on a new page of `flow` and places it.
    func place(_ part: BodyPart, on flow: inout PageFlow, blocks: BlockFactory, charts: [(id: String, title: String, drawing: Drawing)]) {
        flow.startPage(runningTitle: runningTitle(part))
        var runs = blockRuns(part, blocks: blocks, charts: charts)
        runs = keepingTheTailFull(runs, on: flow)
        for run in runs {
            flow.place(run)
        }
    }

    /// A section's last page is at least this full, unless the section fits one page.
    static let minimumTailFill = 0.25

    /// A section whose last page would hold less than a quarter page starts
    /// a later part of it on a new page, the latest that fills the tail
    /// without adding a page: the short tail joins what precedes it. A
    /// sub-part under its heading (a case's partners, milestones, figures; a
    /// recommendation) moves whole where that is enough, else the fewest
    /// blocks (a chart, a paragraph) that are. Tried on a copy of the flow
    /// that keeps no marks.
    private func keepingTheTailFull(_ runs: [[FlowBlock]], on flow: PageFlow) -> [[FlowBlock]] {
        guard let section = runs.indices.last else { return runs }
        func trial(_ runs: [[FlowBlock]]) -> (pages: Int, fill: Double) {
            var copy = flow
            copy.keepsMarks = false
            let before = copy.pageCount
            for run in runs { copy.place(run) }
            return (copy.pageCount - before + 1, copy.currentPageFill)
        }
        let plain = trial(runs)
        guard plain.pages > 1, plain.fill < Self.minimumTailFill else { return runs }
        let blocks = runs[section]
        let headings = blocks.indices.filter { $0 > 0 && blocks[$0].kind == .heading }
        // Any other block may start the page, but never one a heading or label keeps with.
        let others = blocks.indices.filter { $0 > 0 && blocks[$0].kind != .heading && !blocks[$0 - 1].keepWithNext }
        for start in headings.reversed() + others.reversed() {
            var attempt = runs
            attempt[section][start].breaksBefore = true
            let result = trial(attempt)
            if result.pages == plain.pages, result.fill >= Self.minimumTailFill { return attempt }
        }
        return runs
    }

    /// Where `part`'s pages break, measured with `measurer`, keeping no marks.
    func plan(_ part: BodyPart, measurer: any TextMeasurer, charts: [(id: String, title: String, drawing: Drawing)]) -> PartPlan {
        var flow = PageFlow(geometry: geometry, measurer: measurer)
        flow.keepsMarks = false
        place(part, on: &flow, blocks: BlockFactory(geometry: geometry, measurer: measurer, language: language), charts: charts)
        return PartPlan(pageCount: flow.pageCount, destinations: flow.destinations)
    }

    private func runningTitle(_ part: BodyPart) -> String {
        switch part {
        case .introduction: words.introduction
        case .caseStudy(let index): words.caseNumber(index + 1) + words.headingGap + report.cases[index].city.text(in: language)
        case .charts: words.charts
        case .conclusions: words.conclusions
        }
    }

    /// The part's blocks, in runs placed one after another.
    private func blockRuns(_ part: BodyPart, blocks: BlockFactory, charts: [(id: String, title: String, drawing: Drawing)]) -> [[FlowBlock]] {
        switch part {
        case .introduction:
            var intro = [blocks.sectionHeading(words.introduction, destination: Self.introduction)]
            for (index, paragraph) in report.introduction.enumerated() {
                intro.append(blocks.paragraph(blocks.text(paragraph), spaceBefore: index == 0 ? 0 : 6))
            }
            if !report.figures.isEmpty {
                intro.append(blocks.subheading(words.atAGlance, spaceBefore: 20, level: 2))
                intro += blocks.figurePanel(report.figures, color: BriefTheme.accent, spaceBefore: 4)
            }
            return [intro]
        case .caseStudy(let index):
            let section = CaseSection(report: report, item: report.cases[index], number: index + 1, blocks: blocks).flowBlocks()
            guard index == 0 else { return [section] }
            // “Cases” has no page of its own: its bookmark opens the map of
            // where they are, which heads the first case's page.
            let map = CaseMapBlock(report: report, blocks: blocks).flowBlock()
            return [[.unit(.decoration, height: 0, destination: Self.cases) { _ in [] }] + (map.map { [$0] } ?? []), section]
        case .charts:
            return [ChartsSection(report: report, blocks: blocks).flowBlocks(charts)]
        case .conclusions:
            var result = [blocks.sectionHeading(words.conclusions, destination: Self.conclusions)]
            for (index, paragraph) in report.conclusionsPreamble.enumerated() {
                result.append(blocks.paragraph(blocks.text(paragraph), spaceBefore: index == 0 ? 0 : 6))
            }
            for conclusion in report.conclusions.sorted(by: { $0.rank < $1.rank }) {
                result.append(conclusionTitle(conclusion, blocks: blocks))
                result.append(blocks.paragraph(blocks.text(conclusion.text), spaceBefore: 4))
            }
            if !report.closing.isEmpty {
                result.append(blocks.subheading(words.closing, spaceBefore: 22, level: 2))
                for (index, paragraph) in report.closing.enumerated() {
                    result.append(blocks.paragraph(blocks.text(paragraph), spaceBefore: index == 0 ? 2 : 6))
                }
            }
            return [result]
        }
    }

    /// A recommendation's number in a disc, and its title in bold beside it.
    private func conclusionTitle(_ conclusion: Conclusion, blocks: BlockFactory) -> FlowBlock {
        let disc = 20.0
        let style = BriefTheme.text(12.5, BriefTheme.ink, weight: .bold, width: blocks.width - disc - 10, lineHeight: 1.4)
        let numberStyle = BriefTheme.text(11, .white, weight: .bold, width: disc, alignment: .center, lineHeight: nil)
        let title = blocks.measure(blocks.text(conclusion.title), style)
        // The first line centred on the disc.
        let drop = max(0, (disc - (title.lines.first?.logical.height ?? 0)) / 2)
        let height = max(disc, drop + title.logical.height)
        return .unit(.heading, height: height, spaceBefore: 16, keepWithNext: true) { origin in
            let text = blocks.run(blocks.text(conclusion.title), style, at: origin.offsetBy(dx: disc + 10, dy: drop))
            let number = blocks.measure(String(conclusion.rank), numberStyle)
            return [
                .circle(CircleMark(center: Point(x: origin.x + disc / 2, y: origin.y + disc / 2), radius: disc / 2, fill: BriefTheme.highlight)),
                .text(TextRun(String(conclusion.rank), style: numberStyle, origin: Point(x: origin.x, y: origin.y + (disc - number.logical.height) / 2), metrics: number)),
                .text(text),
            ]
        }
    }
}
