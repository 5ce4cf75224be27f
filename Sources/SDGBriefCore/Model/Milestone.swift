/// A dated event in a practice's history.
public struct Milestone: Codable, Sendable, Hashable {
    public var year: Int
    public var event: LocalizedText
    /// A few words naming the event, for places too small for `event`, such
    /// as a slide's timeline; nil when the report gives none.
    public var title: LocalizedText?

    public init(year: Int, event: LocalizedText, title: LocalizedText? = nil) {
        self.year = year
        self.event = event
        self.title = title
    }
}
