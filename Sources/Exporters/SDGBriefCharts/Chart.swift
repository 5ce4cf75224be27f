import SDGBriefCore
import SDGBriefGraphics

/// A slide chart: lays a report out as plain marks, so that the SVG and PNG
/// exporters and the PDF brief all draw the same thing.
public protocol Chart: Sendable {
    /// The id users pass to `--chart`, e.g. "sdg-coverage".
    var id: String { get }
    /// Throws `ExportFailure(.unusableInput, …)` when the report holds a
    /// character the font cannot draw, naming the field and the code point.
    func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing
    /// What the chart shows and its main values, for `<desc>` and alt text.
    func altText(_ report: Report, on canvas: ChartCanvas) -> String
    /// The alt text of the chart as laid out with `measurer`, for charts
    /// whose drawing decides what it says (the map names how many cities it
    /// could not label); the others say the same as without one.
    func altText(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) -> String
    /// Whether the report gives the chart anything to show: a timeline of a
    /// report without dated milestones would be an empty axis on a slide.
    func hasData(_ report: Report, on canvas: ChartCanvas) -> Bool
    /// The title as drawn on `canvas`: a chart comparing another figure
    /// (`--metric`) is titled after that figure, not after its default.
    func title(_ report: Report, on canvas: ChartCanvas) -> String
}

extension Chart {
    /// The Chinese title, as `sdgbrief charts` lists it.
    public var title: String { BriefWords.chinese.chart.titles[id] ?? id }

    /// The title in the canvas's language, from the brief's words.
    public func title(_ report: Report, on canvas: ChartCanvas) -> String { canvas.words.chart.titles[id] ?? id }

    public func altText(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) -> String {
        altText(report, on: canvas)
    }
}
