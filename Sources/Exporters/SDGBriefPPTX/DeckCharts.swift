import Foundation
import SDGBriefChartExport
import SDGBriefCharts
import SDGBriefCore

/// The charts of a deck, drawn by the SVG and PNG chart exporters themselves
/// so that the slides show exactly the files `--format svg,png` writes, with
/// the same choice of charts, sizes, theme and alt text.
enum DeckCharts {
    /// The order a talk takes: where the cases are, who they are, which goals they serve and
    /// how, what they achieved and when, with whom, and for how many people.
    /// Charts not named here follow in the catalogue's order.
    static let talkOrder = ["map", "awards", "sdg-coverage", "sdg-matrix", "key-figures", "timeline", "partners", "population"]

    /// The deck's charts: the chart exporters' files for each chart of the
    /// plan they follow, found where the plan puts them, in talk order, each
    /// titled in the deck's language.
    static func render(_ report: Report, options: ExportOptions) throws -> [DeckChart] {
        var files: [String: Data] = [:]
        for artifact in try SVGChartExporter().export(report, options: options) + PNGChartExporter().export(report, options: options) {
            files[artifact.path] = artifact.contents
        }
        let plan = try ChartPlan(report, options: options)
        return ordered(plan.ids).compactMap { id in
            guard let chart = ChartCatalog.chart(id: id),
                  let svg = files[plan.path(of: chart, .svg)], let png = files[plan.path(of: chart, .png)]
            else { return nil }
            let altText = String(decoding: files[plan.path(of: chart, .altText)] ?? Data(), as: UTF8.self)
            return DeckChart(
                id: id, title: chart.title(report, on: plan.canvas),
                altText: altText.trimmingCharacters(in: .whitespacesAndNewlines), svg: svg, png: png
            )
        }
    }

    /// `ids` in talk order, those the order does not know after, as given.
    static func ordered(_ ids: [String]) -> [String] {
        talkOrder.filter(ids.contains) + ids.filter { !talkOrder.contains($0) }
    }
}
