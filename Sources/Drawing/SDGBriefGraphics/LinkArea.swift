/// A clickable area in a PDF. Draws nothing; other surfaces ignore it.
public struct LinkArea: Sendable, Hashable {
    public var rect: Rect
    public var target: LinkTarget
    /// What the link says to a screen reader (PDF/UA wants every link
    /// described): the words a sighted reader sees on it, such as a contents
    /// entry's title and page. Nil for an address, which then describes itself.
    public var alternativeText: String?

    public init(_ rect: Rect, to target: LinkTarget, alternativeText: String? = nil) {
        self.rect = rect
        self.target = target
        self.alternativeText = alternativeText
    }

    /// The description a tagged PDF gives the link: its own words, else an
    /// address as written; empty when neither says where it goes.
    public var spokenDescription: String {
        if let alternativeText, !alternativeText.isEmpty { return alternativeText }
        if case .uri(let uri) = target { return uri }
        return ""
    }
}
