/// A bookmark: a section or case, the page it starts on, and its children.
public struct BriefOutlineEntry: Sendable, Hashable {
    public var title: String
    public var destination: String
    /// Zero-based index of the page the destination lies on.
    public var pageIndex: Int
    public var children: [BriefOutlineEntry]

    public init(title: String, destination: String, pageIndex: Int, children: [BriefOutlineEntry] = []) {
        self.title = title
        self.destination = destination
        self.pageIndex = pageIndex
        self.children = children
    }
}
