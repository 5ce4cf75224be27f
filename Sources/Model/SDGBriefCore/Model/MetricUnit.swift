/// The unit of a figure's value, as a code (“ha”, “usd”).
public struct MetricUnit: RawRepresentable, Codable, Sendable, Hashable, CaseIterableVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let person = MetricUnit(rawValue: "person")
    public static let usd = MetricUnit(rawValue: "usd")
    public static let hectare = MetricUnit(rawValue: "ha")
    public static let hectarePerYear = MetricUnit(rawValue: "ha_per_year")
    public static let tonne = MetricUnit(rawValue: "t")
    public static let tonnePerYear = MetricUnit(rawValue: "t_per_year")
    public static let percent = MetricUnit(rawValue: "percent")
    public static let percentPerYear = MetricUnit(rawValue: "percent_per_year")
    public static let kilometre = MetricUnit(rawValue: "km")
    public static let perSquareKilometre = MetricUnit(rawValue: "per_km2")
    public static let family = MetricUnit(rawValue: "family")
    public static let school = MetricUnit(rawValue: "school")
    public static let organization = MetricUnit(rawValue: "organization")
    public static let initiative = MetricUnit(rawValue: "initiative")
    public static let city = MetricUnit(rawValue: "city")
    public static let country = MetricUnit(rawValue: "country")
    public static let settlement = MetricUnit(rawValue: "settlement")
    public static let times = MetricUnit(rawValue: "times")
    public static let count = MetricUnit(rawValue: "count")
    public static let year = MetricUnit(rawValue: "year")

    public static let known: [MetricUnit] = [
        .person, .usd, .hectare, .hectarePerYear, .tonne, .tonnePerYear, .percent, .percentPerYear,
        .kilometre, .perSquareKilometre, .family, .school, .organization, .initiative, .city,
        .country, .settlement, .times, .count, .year,
    ]

    /// Units whose values may be negative: none so far. Kept as a set so that a
    /// unit like a temperature change can be added without touching validation.
    public static let signed: Set<MetricUnit> = []
}
