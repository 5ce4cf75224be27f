/// A prize whose winners the report presents as cases.
public struct Award: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: LocalizedText
    /// The name as the report abbreviates it (“广州奖”), for badges and tables.
    public var shortName: LocalizedText

    public init(id: String, name: LocalizedText, shortName: LocalizedText) {
        self.id = id
        self.name = name
        self.shortName = shortName
    }
}
