import Foundation
@testable import SDGBriefChartExport
import SDGBriefCairo
import SDGBriefCharts
import SDGBriefGraphics
import SDGBriefCore
import SDGBriefLoader
import Testing

/// The charts are drawn on several threads, each with a renderer of its own;
/// the files must not depend on how many.
@Suite struct ChartRenderingTests {
    static let report = try! BundledReport.load()

    struct Refused: Error, Equatable {
        var chart: String
    }

    @Test func chartsDrawnSideBySideAreTheFilesDrawnInTurn() throws {
        let options = ExportOptions(language: "en")
        let encode: @Sendable (any Chart, Drawing, String, ChartCanvas, CairoRenderer) throws -> Data = { _, drawing, _, _, renderer in
            try renderer.renderPNG(drawing, scale: 0.5)
        }
        let inTurn = try ChartRendering.draw(Self.report, options: options, as: .png, threads: 1, encode: encode)
        let sideBySide = try ChartRendering.draw(Self.report, options: options, as: .png, threads: 3, encode: encode)
        let plan = try ChartPlan(Self.report, options: options)
        #expect(plan.charts.count >= 5)
        #expect(inTurn.count == 2 * plan.charts.count)
        #expect(inTurn.map(\.path) == plan.charts.flatMap { [plan.path(of: $0, .png), plan.path(of: $0, .altText)] })
        #expect(sideBySide == inTurn)
    }

    @Test func aChartThatFailsFailsTheWholeSet() throws {
        let options = ExportOptions(language: "zh")
        let plan = try ChartPlan(Self.report, options: options)
        let failing = try #require(plan.charts.dropFirst(2).first)
        let failingName = String(describing: type(of: failing))
        #expect(throws: Refused(chart: failingName)) {
            _ = try ChartRendering.draw(Self.report, options: options, as: .svg, threads: 2) { chart, drawing, _, canvas, renderer in
                let name = String(describing: type(of: chart))
                if name == failingName { throw Refused(chart: name) }
                _ = canvas
                return try renderer.renderSVG(drawing)
            }
        }
    }
}
