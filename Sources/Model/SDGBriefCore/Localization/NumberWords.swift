/// How one language reads a figure: its unit and qualifier words and how it
/// groups and scales large numbers. Part of `BriefWords`; `MetricFormatter`
/// reads figures with it.
public struct NumberWords: Sendable {
    /// How large numbers are said.
    public enum Scaling: Sendable {
        /// In 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), digits grouped only from 10,000 up.
        case myriads
        /// In million, billion and trillion, digits grouped by thousands from 1,000 up.
        case thousands
    }

    public let scaling: Scaling
    /// What stands beside the number for each known unit.
    public let units: [MetricUnit: UnitWord]
    /// The word set before the number for each qualifier; empty for exact.
    public let qualifiers: [Qualifier: String]
    /// The word that marks a projection or an estimate, set before the qualifier.
    public let estimates: [MetricEstimate: String]
    /// Between the words of a figure: "" in Chinese ("约1070万美元"), " " in English.
    public let wordSpace: String
    /// The scale words from the smallest: "万", "亿", "万亿"; "million", "billion", "trillion".
    public let scales: [String]
    /// Between the ends of a range.
    public let rangeDash: String
}

/// A unit as one language writes it beside a number.
public struct UnitWord: Sendable, Hashable {
    /// After one: "school", "所学校".
    public var singular: String
    /// After any other number: "schools".
    public var plural: String
    /// Written before the number, as "USD 10.7 million".
    public var beforeNumber: Bool
    /// Written against the number with no space, as "95%".
    public var glued: Bool

    public init(_ singular: String, plural: String? = nil, beforeNumber: Bool = false, glued: Bool = false) {
        self.singular = singular
        self.plural = plural ?? singular
        self.beforeNumber = beforeNumber
        self.glued = glued
    }
}
