import Foundation

/// Everything an exporter may be asked to vary, shared by all exporters in the
/// way a document converter's writer options are: each reads what concerns it.
public struct ExportOptions: Sendable, Hashable {
    /// The date written into outputs that carry one (PDF metadata, footers).
    /// Taken from `SOURCE_DATE_EPOCH`; nil writes no date, so outputs stay
    /// byte-identical from run to run.
    public var date: Date?
    /// The language of the text, where the report has it; Chinese otherwise.
    public var language: String
    /// Columns of the plain-text brief, wide characters counting two.
    public var textWidth: Int
    public var csvProfile: CSVProfile
    public var chartSize: ChartSize
    public var chartTheme: ChartTheme
    /// Device pixels per chart pixel in PNG output.
    public var pngScale: Double
    /// Chart ids to draw; empty means every chart the report gives something
    /// to show. `ChartPlan` (in SDGBriefCharts) reads it.
    public var charts: [String]
    /// The metric id the population chart compares, when not population.
    public var chartMetric: String?
    public var paper: PaperSize
    /// The names of every format this export writes, so that one output can
    /// refer to another only when it is there: the Markdown brief links the
    /// chart files only when the chart formats are written beside it.
    public var formats: [String]

    public init(
        date: Date? = nil,
        language: String = LocalizedText.sourceLanguage,
        textWidth: Int = 80,
        csvProfile: CSVProfile = .excel,
        chartSize: ChartSize = .widescreen,
        chartTheme: ChartTheme = .light,
        pngScale: Double = 2,
        charts: [String] = [],
        chartMetric: String? = nil,
        paper: PaperSize = .a4,
        formats: [String] = []
    ) {
        self.date = date
        self.language = language
        self.textWidth = textWidth
        self.csvProfile = csvProfile
        self.chartSize = chartSize
        self.chartTheme = chartTheme
        self.pngScale = pngScale
        self.charts = charts
        self.chartMetric = chartMetric
        self.paper = paper
        self.formats = formats
    }
}
