/// One city practice: who did what, with whom, for which goals, and with what results.
public struct Case: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var city: LocalizedText
    public var country: LocalizedText
    /// The world region (“南亚”, “撒哈拉以南非洲”), for grouping.
    public var region: LocalizedText
    public var location: GeoPoint
    /// The name of the practice as the report titles it.
    public var practice: LocalizedText
    /// Ids of the report's awards this practice won.
    public var awards: [String]
    public var sdgs: [SDGTag]
    /// The report's “可持续发展目标城市伙伴关系” box for this case.
    public var partnership: LocalizedText
    public var narrative: [LocalizedText]
    public var figures: [Metric]
    public var milestones: [Milestone]
    public var partners: [Partner]

    public init(
        id: String,
        city: LocalizedText,
        country: LocalizedText,
        region: LocalizedText,
        location: GeoPoint,
        practice: LocalizedText,
        awards: [String],
        sdgs: [SDGTag],
        partnership: LocalizedText,
        narrative: [LocalizedText] = [],
        figures: [Metric] = [],
        milestones: [Milestone] = [],
        partners: [Partner] = []
    ) {
        self.id = id
        self.city = city
        self.country = country
        self.region = region
        self.location = location
        self.practice = practice
        self.awards = awards
        self.sdgs = sdgs
        self.partnership = partnership
        self.narrative = narrative
        self.figures = figures
        self.milestones = milestones
        self.partners = partners
    }

    /// Goal numbers tagged `primary`, in the order the report gives them.
    public var primaryGoals: [Int] { sdgs.filter { $0.role == .primary }.map(\.goal) }

    /// Goal numbers tagged `related`, in the order the report gives them.
    public var relatedGoals: [Int] { sdgs.filter { $0.role == .related }.map(\.goal) }

    private enum CodingKeys: String, CodingKey {
        case id, city, country, region, location, practice, awards, sdgs, partnership
        case narrative, figures, milestones, partners
    }

    // Optional lists may be left out of a hand-written file; they decode as empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        city = try c.decode(LocalizedText.self, forKey: .city)
        country = try c.decode(LocalizedText.self, forKey: .country)
        region = try c.decode(LocalizedText.self, forKey: .region)
        location = try c.decode(GeoPoint.self, forKey: .location)
        practice = try c.decode(LocalizedText.self, forKey: .practice)
        awards = try c.decodeIfPresent([String].self, forKey: .awards) ?? []
        sdgs = try c.decode([SDGTag].self, forKey: .sdgs)
        partnership = try c.decode(LocalizedText.self, forKey: .partnership)
        narrative = try c.decodeIfPresent([LocalizedText].self, forKey: .narrative) ?? []
        figures = try c.decodeIfPresent([Metric].self, forKey: .figures) ?? []
        milestones = try c.decodeIfPresent([Milestone].self, forKey: .milestones) ?? []
        partners = try c.decodeIfPresent([Partner].self, forKey: .partners) ?? []
    }
}
