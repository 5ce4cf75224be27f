import Foundation
import SDGBriefChartExport
import SDGBriefCharts
import SDGBriefCore

/// A slide deck ready to present (`<report id>.pptx`): a title slide, one
/// slide per chart in the order a talk takes them, each chart filling its
/// slide as SVG with a PNG fallback, its alt text as the picture's
/// description and its data in the speaker notes, and a closing slide naming
/// the source. Follows `--size`, `--theme`, `--language` and `--chart`.
public struct PPTXExporter: ChartPlanDrawing {
    public let name = "pptx"

    /// Text the font cannot draw; checked once for all the exporters that draw.
    public func preflight(_ report: Report, options: ExportOptions) -> [ValidationIssue] {
        GlyphCoverageCheck.issues(in: report)
    }
    public let summary = "A slide deck of the charts with alt text and speaker notes (<id>.pptx)"

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        let colors = DeckColors(options.chartTheme)
        let language = Self.languageTag(options.language)
        let texts = DeckTextSlides(report: report, language: options.language, colors: colors, words: DeckWords.forLanguage(options.language))
        let charts = try DeckCharts.render(report, options: options).map { chart in
            DeckSlide(content: .chart(chart), notes: [chart.title, chart.altText].filter { !$0.isEmpty })
        }
        let package = DeckPackage(
            slides: [texts.titleSlide] + charts + [texts.closingSlide],
            geometry: SlideGeometry(options.chartSize),
            colors: colors,
            title: report.title.text(in: options.language),
            subject: report.subtitle?.text(in: options.language),
            creator: report.publisher?.text(in: options.language),
            language: language,
            date: options.date
        )
        return [Artifact(path: "\(report.id).pptx", contents: try package.data())]
    }

    /// The tag Office expects on text runs: a region for the two languages
    /// sdgbrief writes (spell checkers and fonts are chosen by it), any other
    /// tag as given.
    static func languageTag(_ language: String) -> String {
        switch language {
        case "zh": "zh-CN"
        case "en": "en-US"
        default: language
        }
    }
}
