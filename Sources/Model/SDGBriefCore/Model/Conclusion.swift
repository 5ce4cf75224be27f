/// One of the report's numbered recommendations.
public struct Conclusion: Codable, Sendable, Hashable {
    public var rank: Int
    public var title: LocalizedText
    public var text: LocalizedText

    public init(rank: Int, title: LocalizedText, text: LocalizedText) {
        self.rank = rank
        self.title = title
        self.text = text
    }
}
