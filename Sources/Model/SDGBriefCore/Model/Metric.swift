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
    /// How the value is bounded: exact, about, over, nearly, up to.
    public var qualifier: Qualifier
    /// Whether the figure is a projection or an estimate; nil for a measurement.
    /// Independent of `qualifier`, so that “预计可减少高达95%” is projected
    /// and up to at once.
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
        normalizeLegacyProjection()
    }

    /// Whether the figure is a projection, however the file said so.
    public var isProjected: Bool { estimate == .projected || qualifier == .projected }

    private enum CodingKeys: String, CodingKey {
        case id, label, value, valueHigh, unit, qualifier, estimate, year, quote
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(LocalizedText.self, forKey: .label)
        value = try container.decode(Double.self, forKey: .value)
        valueHigh = try container.decodeIfPresent(Double.self, forKey: .valueHigh)
        unit = try container.decode(MetricUnit.self, forKey: .unit)
        qualifier = try container.decode(Qualifier.self, forKey: .qualifier)
        estimate = try container.decodeIfPresent(MetricEstimate.self, forKey: .estimate)
        year = try container.decodeIfPresent(Int.self, forKey: .year)
        quote = try container.decode(String.self, forKey: .quote)
        normalizeLegacyProjection()
    }

    /// Files written before `estimate` existed said `qualifier: projected`:
    /// that is a projection with an exact bound, and is read as one, so that
    /// every exporter sees one way of saying it.
    private mutating func normalizeLegacyProjection() {
        if qualifier == .projected, estimate == nil || estimate == .projected {
            qualifier = .exact
            estimate = .projected
        }
    }
}
