/// How exactly the source states a figure.
public struct Qualifier: RawRepresentable, Codable, Sendable, Hashable, CaseIterableVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let exact = Qualifier(rawValue: "exact")
    /// “约”
    public static let about = Qualifier(rawValue: "about")
    /// “超过”, “…多”
    public static let over = Qualifier(rawValue: "over")
    /// “近”
    public static let nearly = Qualifier(rawValue: "nearly")
    /// “高达”
    public static let upTo = Qualifier(rawValue: "up_to")
    /// “预计”: a projection or target, not a measurement.
    public static let projected = Qualifier(rawValue: "projected")

    public static let known: [Qualifier] = [.exact, .about, .over, .nearly, .upTo, .projected]
}
