/// Whether a figure is a forecast or an estimate rather than a measurement,
/// said beside its `Qualifier`: “预计可减少高达95%” is projected *and* up to.
///
/// A vocabulary like `Qualifier` rather than a Swift enum, so that an unknown
/// value is reported by validation with its line, beside every other problem,
/// instead of stopping decoding.
public struct MetricEstimate: RawRepresentable, Codable, Sendable, Hashable, CaseIterableVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// “预计”: a projection or target.
    public static let projected = MetricEstimate(rawValue: "projected")
    /// “估计”: an estimate of a present or past quantity.
    public static let estimated = MetricEstimate(rawValue: "estimated")

    public static let known: [MetricEstimate] = [.projected, .estimated]
}
