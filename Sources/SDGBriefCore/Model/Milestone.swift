/// A dated event in a practice's history.
public struct Milestone: Codable, Sendable, Hashable {
    public var year: Int
    public var event: LocalizedText

    public init(year: Int, event: LocalizedText) {
        self.year = year
        self.event = event
    }
}
