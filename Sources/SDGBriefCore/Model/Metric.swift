/// A figure the report states, held as a plain number in base units.
///
/// `value` is what a spreadsheet computes with (10700000, not “1070万”);
/// `quote` is the exact phrase of the source that states it, so that every
/// number can be checked against the text it came from.
public struct Metric: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var label: LocalizedText
    public var value: Double
    /// The upper end when the source gives a range (“两到四倍”: value 2, valueHigh 4).
    public var valueHigh: Double?
    public var unit: MetricUnit
    public var qualifier: Qualifier
    /// Whether the figure is projected or estimated, beside the bound its
    /// `qualifier` gives; nil for a figure stated as fact.
    public var estimate: MetricEstimate?
    /// The year the figure refers to, where the text gives one.
    public var year: Int?
    public var quote: String

    public init(
        id: String,
        label: LocalizedText,
        value: Double,
        valueHigh: Double? = nil,
        unit: MetricUnit,
        qualifier: Qualifier = .exact,
        estimate: MetricEstimate? = nil,
        year: Int? = nil,
        quote: String
    ) {
        self.id = id
        self.label = label
        self.value = value
        self.valueHigh = valueHigh
        self.unit = unit
        self.qualifier = qualifier
        self.estimate = estimate
        self.year = year
        self.quote = quote
    }
}
