/// Whether a figure is a projection or an estimate rather than a measurement.
/// It stands beside the qualifier, so that a figure can be both projected and
/// bounded, as “预计可减少高达95%” is.
///
/// A vocabulary like `Qualifier`: any string decodes, and validation names
/// an unknown one with its place in the file.
public struct MetricEstimate: RawRepresentable, Codable, Sendable, Hashable, CaseIterableVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// “预计”: a projection or target.
    public static let projected = MetricEstimate(rawValue: "projected")
    /// “估计”: an estimate of something already so.
    public static let estimated = MetricEstimate(rawValue: "estimated")

    public static let known: [MetricEstimate] = [.projected, .estimated]
}
