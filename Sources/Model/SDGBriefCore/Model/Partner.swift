/// An organisation a practice works with.
public struct Partner: Codable, Sendable, Hashable {
    public var name: LocalizedText
    public var sector: Sector

    public init(name: LocalizedText, sector: Sector) {
        self.name = name
        self.sector = sector
    }
}

/// The kind of organisation a partner is.
public struct Sector: RawRepresentable, Codable, Sendable, Hashable, CaseIterableVocabulary {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let `public` = Sector(rawValue: "public")
    public static let `private` = Sector(rawValue: "private")
    public static let civil = Sector(rawValue: "civil")
    public static let academic = Sector(rawValue: "academic")
    public static let international = Sector(rawValue: "international")

    public static let known: [Sector] = [.public, .private, .civil, .academic, .international]

    /// The Chinese name readers see in tables and charts.
    public var nameZh: String {
        switch self {
        case .public: "公共部门"
        case .private: "私营部门"
        case .civil: "民间组织"
        case .academic: "学术机构"
        case .international: "国际组织"
        default: rawValue
        }
    }
}
