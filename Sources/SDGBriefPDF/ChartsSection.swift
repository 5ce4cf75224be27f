import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics

/// The charts of the slide set, drawn as vectors: each chart's drawing is
/// placed on the page in a scaled group, so it prints as sharply as the text.
struct ChartsSection {
    static let destination = "charts"
    /// The charts a reader of the brief needs, in reading order. The awards
    /// chart is left out: the cover and every case header already name them.
    static let chartIDs = ["sdg-coverage", "sdg-matrix", "timeline", "partners", "key-figures"]
    /// A 3:2 canvas: at the text block's width its smallest labels (36 px)
    /// print at about 11 pt, comfortable to read on paper, and two
    /// charts share a page even under the section heading.
    static let canvas = Size(width: 1440, height: 960)
    /// The timeline stacks every milestone; at 960 px it had to leave a case out.
    static let tallCanvases: [String: Size] = ["timeline": Size(width: 1440, height: 1200)]

    let report: Report
    let blocks: BlockFactory

    /// The drawings of the charts the report gives something to show, with their ids and titles.
    func drawings() -> [(id: String, title: String, drawing: Drawing)] {
        Self.chartIDs.compactMap { id in
            let canvas = ChartCanvas(size: Self.tallCanvases[id] ?? Self.canvas, theme: .transparent, language: blocks.language)
            guard let chart = ChartCatalog.chart(id: id), chart.hasData(report, on: canvas),
                  let drawing = try? chart.layout(report, on: canvas, measurer: blocks.measurer)
            else { return nil }
            return (id, chart.title(report, on: canvas), drawing)
        }
    }

    /// The chart's alternative text in the brief's language, the same the
    /// chart exports write. Found by id: a title differs from one language to another.
    private func alternativeText(chartID id: String, title: String) -> String {
        guard let chart = ChartCatalog.chart(id: id) else { return title }
        let canvas = ChartCanvas(size: Self.tallCanvases[id] ?? Self.canvas, theme: .transparent, language: blocks.language)
        return chart.altText(report, on: canvas, measurer: blocks.measurer)
    }

    func flowBlocks(_ charts: [(id: String, title: String, drawing: Drawing)]) -> [FlowBlock] {
        guard !charts.isEmpty else { return [] }
        var result = [blocks.sectionHeading(blocks.words.charts, destination: Self.destination)]
        let width = blocks.width
        for (index, chart) in charts.enumerated() {
            let alternativeText = alternativeText(chartID: chart.id, title: chart.title)
            let scale = width / chart.drawing.size.width
            let height = chart.drawing.size.height * scale
            result.append(.unit(.chart, height: height + 1, spaceBefore: index == 0 ? 0 : 14) { origin in
                // A hairline between charts; the first sits under the heading's rule.
                (index == 0 ? [] : [.rect(RectMark(Rect(x: origin.x, y: origin.y, width: width, height: 0.5), fill: BriefTheme.rule))])
                    + [.group(MarkGroup(offset: origin.offsetBy(dy: 1), scale: scale, clip: chart.drawing.bounds, marks: chart.drawing.marks,
                                        structure: StructureTag(.figure, alternativeText: alternativeText)))]
            }.tagged(nil))
        }
        return result
    }
}
