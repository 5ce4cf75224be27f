import Foundation
import SDGBriefChartExport
import SDGBriefCharts
import SDGBriefCore
import SDGBriefLoader
import SDGBriefPPTX
import SDGBriefSynth

/// Reports to make decks of, and what the chart exporters write for them,
/// which the deck must carry unchanged.
enum DeckFixture {
    static func bundled() throws -> Report { try BundledReport.load() }

    /// A three-case report from `sdgbrief synth`, with English beside the
    /// Chinese of the texts the title and closing slides show.
    static func synthetic(cases: Int = 3) -> Report {
        var report = ReportSynthesizer().report(cases: cases)
        report.title.translations["en"] = "City partnerships, synthesised"
        report.subtitle = LocalizedText(["zh": "三个城市的合成报告", "en": "A synthetic report of three cities"])
        for index in report.awards.indices {
            report.awards[index].name.translations["en"] = "Award number \(index + 1)"
        }
        return report
    }

    static func deck(_ report: Report, _ options: ExportOptions = ExportOptions()) throws -> Data {
        let artifacts = try PPTXExporter().export(report, options: options)
        return artifacts[0].contents
    }

    /// The SVG and PNG files the chart exporters write, keyed `<title>.svg`
    /// and `<title>.png` as `PresentationReader` compares them, with the
    /// alt text and title of each chart id.
    static func chartFiles(_ report: Report, _ options: ExportOptions) throws -> (files: [String: Data], charts: [(id: String, title: String, altText: String)]) {
        // The deck's language: an English deck names its charts in English.
        let canvas = ChartCanvas(options: options)
        let artifacts = try SVGChartExporter().export(report, options: options) + PNGChartExporter().export(report, options: options)
        var files: [String: Data] = [:]
        var charts: [(id: String, title: String, altText: String)] = []
        for chart in ChartCatalog.all {
            guard let svg = artifacts.first(where: { $0.path == "charts/\(chart.id).svg" }),
                  let png = artifacts.first(where: { $0.path == "charts/\(chart.id).png" }),
                  let alt = artifacts.first(where: { $0.path == "charts/\(chart.id).alt.txt" })
            else { continue }
            let title = chart.title(report, on: canvas)
            files["\(title).svg"] = svg.contents
            files["\(title).png"] = png.contents
            charts.append((chart.id, title, String(decoding: alt.contents, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return (files, charts)
    }
}
