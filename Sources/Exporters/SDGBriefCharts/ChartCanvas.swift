import SDGBriefCore
import SDGBriefGraphics

/// What a chart is drawn for: the canvas size in px, its colours, the
/// language of its words and, for charts that compare one figure, which metric id.
public struct ChartCanvas: Sendable {
    public var size: Size
    public var theme: ChartTheme
    /// The metric id the population chart compares instead of `population`.
    public var metric: String?
    /// The language the report's texts are taken in (a tag such as "en").
    public var language: String
    /// The chart's own words in that language.
    public var words: BriefWords
    /// The least share of its size a title too long for one line is set at
    /// before it wraps: 1 on a slide, whose title is already at the least
    /// size legible from the back of a room; less in print, read at arm's length.
    public var titleFloor = 1.0

    public init(size: Size, theme: ChartTheme = .light, metric: String? = nil, language: String = LocalizedText.sourceLanguage) {
        self.size = size
        self.theme = theme
        self.metric = metric
        self.language = language
        self.words = BriefWords.forLanguage(language)
    }

    public init(_ preset: ChartSize, theme: ChartTheme = .light, metric: String? = nil, language: String = LocalizedText.sourceLanguage) {
        self.init(size: Size(width: preset.width, height: preset.height), theme: theme, metric: metric, language: language)
    }

    /// The canvas an export's options ask for.
    public init(options: ExportOptions) {
        self.init(options.chartSize, theme: options.chartTheme, metric: options.chartMetric, language: options.language)
    }

    /// A report's text in the canvas's language.
    public func text(_ localized: LocalizedText) -> String {
        localized.text(in: language)
    }

    /// Reads figures in the canvas's language.
    public var formatter: MetricFormatter { MetricFormatter(words: words) }
}
