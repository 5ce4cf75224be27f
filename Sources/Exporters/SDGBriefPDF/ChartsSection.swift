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
    /// The canvas a chart starts from, before it is fitted to its content
    /// (see `drawings`): at the text block's width its smallest labels (36
    /// px) print at about 11 pt, comfortable to read on paper. Tall, so that
    /// a chart has room to show a network's cases and set its labels whole
    /// (a timeline's on two lines, a goal's long name); a short report's
    /// chart is fitted down and the room costs it nothing.
    static let canvas = Size(width: 1440, height: 1800)

    /// A chart title in print may be set a little smaller to keep to one
    /// line, as the brief's own headings are; at 85% it still prints above 17 pt.
    static let titleFloor = 0.85

    /// How much air a chart in the brief gets over its shortest height, most
    /// first (see `ChartHeightFit.canvas`): the most that takes no more pages than the least.
    static let airs = [0.15, 0.1, 0.05, 0.0]

    let report: Report
    let blocks: BlockFactory

    /// The drawings of the charts the report gives something to show, with
    /// their ids and titles, each as tall as its content: `canvas` is the
    /// most a chart may take, and a chart of a few cases takes much less, so
    /// that charts share pages.
    func drawings() -> [(id: String, title: String, drawing: Drawing)] {
        let fit = ChartHeightFit()
        let shown = Self.chartIDs.compactMap { id -> (id: String, chart: any Chart, canvas: ChartCanvas, shortest: Double)? in
            var canvas = ChartCanvas(size: Self.canvas, theme: .transparent, language: blocks.language)
            canvas.titleFloor = Self.titleFloor
            guard let chart = ChartCatalog.chart(id: id), chart.hasData(report, on: canvas),
                  let shortest = try? fit.shortestHeight(chart, report, on: canvas, measurer: blocks.measurer)
            else { return nil }
            return (id, chart, canvas, shortest)
        }
        // Each height laid out once: a chart its content fills has one for every air.
        var laidOut: [String: [Double: Drawing]] = [:]
        let editions = Self.airs.map { air in
            shown.compactMap { item -> (id: String, title: String, drawing: Drawing)? in
                let canvas = ChartHeightFit.canvas(item.canvas, shortest: item.shortest, air: air)
                if let drawing = laidOut[item.id]?[canvas.size.height] { return (item.id, item.chart.title(report, on: canvas), drawing) }
                guard let drawing = try? item.chart.layout(report, on: canvas, measurer: blocks.measurer) else { return nil }
                laidOut[item.id, default: [:]][canvas.size.height] = drawing
                return (item.id, item.chart.title(report, on: canvas), drawing)
            }
        }
        let pages = editions.map(pageCount)
        let fewest = pages.min() ?? 0
        return editions[pages.firstIndex(of: fewest) ?? 0]
    }

    /// How many pages the section takes with `charts`, placed as the brief places them.
    private func pageCount(_ charts: [(id: String, title: String, drawing: Drawing)]) -> Int {
        var flow = PageFlow(geometry: blocks.geometry, measurer: blocks.measurer)
        flow.keepsMarks = false
        flow.startPage(runningTitle: nil)
        flow.place(flowBlocks(charts))
        return flow.pageCount
    }

    /// The chart's alternative text in the brief's language, the same the
    /// chart exports write. Found by id: a title differs from one language to another.
    private func alternativeText(chartID id: String, title: String) -> String {
        guard let chart = ChartCatalog.chart(id: id) else { return title }
        let canvas = ChartCanvas(size: Self.canvas, theme: .transparent, language: blocks.language)
        return chart.altText(report, on: canvas, measurer: blocks.measurer)
    }

    func flowBlocks(_ charts: [(id: String, title: String, drawing: Drawing)]) -> [FlowBlock] {
        guard !charts.isEmpty else { return [] }
        var result = [blocks.sectionHeading(blocks.words.charts, destination: Self.destination)]
        let width = blocks.width
        for (index, chart) in charts.enumerated() {
            let scale = width / chart.drawing.size.width
            let height = chart.drawing.size.height * scale
            result.append(.unit(.chart, height: height + 1, spaceBefore: index == 0 ? 0 : 14) { origin in
                // Made when drawn: the alt text of a network's chart names thousands of cases.
                let alternativeText = alternativeText(chartID: chart.id, title: chart.title)
                // A hairline between charts; the first sits under the heading's rule.
                let rule: [Mark] = index == 0 ? [] : [.rect(RectMark(Rect(x: origin.x, y: origin.y, width: width, height: 0.5), fill: BriefTheme.rule))]
                return rule + [.group(MarkGroup(offset: origin.offsetBy(dy: 1), scale: scale, clip: chart.drawing.bounds, marks: chart.drawing.marks,
                                        structure: StructureTag(.figure, alternativeText: alternativeText)))]
            }.tagged(nil))
        }
        return result
    }
}
