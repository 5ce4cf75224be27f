import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics

/// The locator map at the head of the cases: where every case's city is,
/// each marker and label linking to that case's first page.
struct CaseMapBlock {
    /// A slide-shaped canvas a little taller than 16:9: at the text block's
    /// width its 36 px labels print at about 9 pt.
    static let canvas = Size(width: 1920, height: 1160)

    let report: Report
    let blocks: BlockFactory

    /// Nothing for a report without cases, or one whose texts the font cannot draw.
    func flowBlock() -> FlowBlock? {
        let chart = MapChart(linkingCasesTo: { CaseSection.destination(id: $0) })
        let canvas = ChartCanvas(size: Self.canvas, theme: .transparent, language: blocks.language)
        guard chart.hasData(report, on: canvas), let drawing = try? chart.layout(report, on: canvas, measurer: blocks.measurer) else {
            return nil
        }
        let scale = blocks.width / drawing.size.width
        // Read aloud as the map's slide alt text is, listing the cities by region.
        let alternativeText = chart.altText(report, on: canvas, measurer: blocks.measurer)
        return .unit(.chart, height: drawing.size.height * scale, spaceBefore: 0) { origin in
            [.group(MarkGroup(offset: origin, scale: scale, clip: drawing.bounds, marks: drawing.marks))]
        }.tagged(StructureTag(.figure, alternativeText: alternativeText))
    }
}
