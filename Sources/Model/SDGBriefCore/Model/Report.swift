/// A report on city partnerships and the Sustainable Development Goals: the one
/// document model every exporter renders.
public struct Report: Codable, Sendable, Hashable {
    /// The schema version this build reads and writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// A short machine name; output files are named after it.
    public var id: String
    public var title: LocalizedText
    public var subtitle: LocalizedText?
    /// Where the report comes from (publisher, year), shown on covers and in metadata.
    public var publisher: LocalizedText?
    /// The awards the report draws its cases from; cases refer to them by id.
    public var awards: [Award]
    public var introduction: [LocalizedText]
    /// Report-level figures: the statistics the introduction states.
    public var figures: [Metric]
    public var cases: [Case]
    /// The paragraphs that lead into the numbered conclusions.
    public var conclusionsPreamble: [LocalizedText]
    public var conclusions: [Conclusion]
    /// The paragraphs that close the report after the conclusions.
    public var closing: [LocalizedText]

    public init(
        schemaVersion: Int = Report.currentSchemaVersion,
        id: String,
        title: LocalizedText,
        subtitle: LocalizedText? = nil,
        publisher: LocalizedText? = nil,
        awards: [Award] = [],
        introduction: [LocalizedText] = [],
        figures: [Metric] = [],
        cases: [Case] = [],
        conclusionsPreamble: [LocalizedText] = [],
        conclusions: [Conclusion] = [],
        closing: [LocalizedText] = []
    ) {
        self.schemaVersion = schemaVersion
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.publisher = publisher
        self.awards = awards
        self.introduction = introduction
        self.figures = figures
        self.cases = cases
        self.conclusionsPreamble = conclusionsPreamble
        self.conclusions = conclusions
        self.closing = closing
    }

    /// The award with `id`, if the report declares it.
    public func award(id: String) -> Award? {
        awards.first { $0.id == id }
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, id, title, subtitle, publisher, awards, introduction, figures, cases
        case conclusionsPreamble, conclusions, closing
    }

    // Optional lists may be left out of a hand-written file; they decode as empty.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(LocalizedText.self, forKey: .title)
        subtitle = try c.decodeIfPresent(LocalizedText.self, forKey: .subtitle)
        publisher = try c.decodeIfPresent(LocalizedText.self, forKey: .publisher)
        awards = try c.decodeIfPresent([Award].self, forKey: .awards) ?? []
        introduction = try c.decodeIfPresent([LocalizedText].self, forKey: .introduction) ?? []
        figures = try c.decodeIfPresent([Metric].self, forKey: .figures) ?? []
        cases = try c.decode([Case].self, forKey: .cases)
        conclusionsPreamble = try c.decodeIfPresent([LocalizedText].self, forKey: .conclusionsPreamble) ?? []
        conclusions = try c.decodeIfPresent([Conclusion].self, forKey: .conclusions) ?? []
        closing = try c.decodeIfPresent([LocalizedText].self, forKey: .closing) ?? []
    }
}
