/// A figure split into the pieces a layout styles differently: a chart sets
/// `number` large and the qualifier and unit small beside it.
public struct FormattedMetric: Sendable, Hashable {
    /// “约”, “超过”, “近”, “高达”, “预计”, or empty for an exact figure.
    public var qualifier: String
    /// The figure as a Chinese reader reads it, with its 万/亿 (“1070万”, “2–4”).
    public var number: String
    /// What is counted, with its measure word where Chinese needs one (“美元”, “所学校”).
    public var unit: String

    public init(qualifier: String, number: String, unit: String) {
        self.qualifier = qualifier
        self.number = number
        self.unit = unit
    }

    /// The whole reading: “约1070万美元”.
    public var text: String { qualifier + number + unit }
}
