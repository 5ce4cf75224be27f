/// A figure split into the pieces a layout styles differently: a chart sets
/// `number` large and the words before and after it small.
public struct FormattedMetric: Sendable, Hashable {
    /// Everything read before the number: the estimate and the bound, and a
    /// unit that comes first (“预计高达”, “about USD”); empty for an exact figure.
    public var qualifier: String
    /// The number as a reader reads it, with its 万/亿 in Chinese (“1070万”, “2–4”).
    public var number: String
    /// Everything read after the number: a scale word in English and the unit
    /// with its measure word or plural (“所学校”, “million people”, “%”).
    public var unit: String
    /// Between the words and the number: nothing in Chinese, a space in English.
    public var space: String
    /// Whether the unit is written against the number (“95%”) even where words take a space.
    public var gluedUnit: Bool

    public init(qualifier: String, number: String, unit: String, space: String = "", gluedUnit: Bool = false) {
        self.qualifier = qualifier
        self.number = number
        self.unit = unit
        self.space = space
        self.gluedUnit = gluedUnit
    }

    /// The whole reading: “约1070万美元”, “about USD 10.7 million”.
    public var text: String {
        var result = qualifier
        if !qualifier.isEmpty { result += space }
        result += number
        if !unit.isEmpty, !gluedUnit { result += space }
        return result + unit
    }
}
