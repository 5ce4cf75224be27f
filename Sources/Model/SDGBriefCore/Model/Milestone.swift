/// A dated event in a practice's history.
public struct Milestone: Codable, Sendable, Hashable {
    public var year: Int
    /// The event in a few words ("MHT受邀参与高温行动计划"), for a timeline
    /// that has room for a short label only; `event` says it in full.
    public var title: LocalizedText?
    public var event: LocalizedText

    public init(year: Int, title: LocalizedText? = nil, event: LocalizedText) {
        self.year = year
        self.title = title
        self.event = event
    }
}
