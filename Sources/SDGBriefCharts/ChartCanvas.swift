import SDGBriefCore
import SDGBriefGraphics

/// What a chart is drawn for: the canvas size in px, its colours and, for
/// charts that compare one figure, which metric id.
public struct ChartCanvas: Sendable {
    public var size: Size
    public var theme: ChartTheme
    /// The metric id the population chart compares instead of `population`.
    public var metric: String?
    /// The language of the report's texts on the chart (`LocalizedText.text(in:)`).
    public var language: String

    public init(size: Size, theme: ChartTheme = .light, metric: String? = nil, language: String = LocalizedText.sourceLanguage) {
        self.size = size
        self.theme = theme
        self.metric = metric
        self.language = language
    }

    public init(_ preset: ChartSize, theme: ChartTheme = .light, metric: String? = nil, language: String = LocalizedText.sourceLanguage) {
        self.init(size: Size(width: preset.width, height: preset.height), theme: theme, metric: metric, language: language)
    }
}
