import Foundation
import SDGBriefCairo
import SDGBriefCore
@testable import SDGBriefPDF
import Testing

/// The charts of the brief take the height their content needs, so a short
/// report's charts share pages instead of each filling a mostly empty frame.
@Suite struct ChartsSectionTests {
    private func chartPages(_ report: Report, language: String) throws -> [Int] {
        let layout = BriefLayout(report: report, paper: .a4, measurer: PangoTextMeasurer(engine: try TextEngine(language: language)), language: language)
        let document = layout.layout()
        // From the section's heading on: the map heading the cases is a chart too.
        let start = try #require(document.outline.first { $0.destination == ChartsSection.destination }?.pageIndex)
        return document.pages[start...].map { $0.blocks.filter { $0.kind == .chart }.count }.filter { $0 > 0 }
    }

    /// Three cases: five charts on two pages, every page but the last holding
    /// more than one (a slide-sized chart each took three).
    @Test(arguments: ["zh", "en"])
    func threeCasesChartsShareTwoPages(language: String) throws {
        let report = language == "zh" ? try BriefFixture.report(caseCount: 3) : try BriefFixture.englishReport(caseCount: 3)
        let pages = try chartPages(report, language: language)
        #expect(pages.reduce(0, +) == ChartsSection.chartIDs.count, "\(pages)")
        #expect(pages.count <= 2, "charts per page: \(pages)")
        #expect(pages.dropLast().allSatisfy { $0 >= 2 }, "charts per page: \(pages)")
    }

    /// No chart is taller than the slide it is drawn from, and a short
    /// report's are shorter: their frames hold their content, not blank.
    @Test func chartsAreNoTallerThanTheirContent() throws {
        let engine = try TextEngine()
        for count in [3, 30] {
            let report = try BriefFixture.report(caseCount: count)
            let blocks = BlockFactory(geometry: PageGeometry(paper: .a4), measurer: PangoTextMeasurer(engine: engine))
            let drawings = ChartsSection(report: report, blocks: blocks).drawings()
            #expect(drawings.count == ChartsSection.chartIDs.count)
            for chart in drawings {
                let slide = ChartsSection.canvas
                #expect(chart.drawing.size.width == slide.width)
                #expect(chart.drawing.size.height <= slide.height, "\(chart.id)")
                // The coverage chart lists goals, not cases; key figures set their numbers by the card's height.
                if count == 3, !["sdg-coverage", "key-figures"].contains(chart.id) {
                    #expect(chart.drawing.size.height < slide.height * 0.8, "\(chart.id) of 3 cases is \(chart.drawing.size.height) px of \(slide.height)")
                }
            }
        }
    }
}
