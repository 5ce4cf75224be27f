/// A clickable area in a PDF. Draws nothing; other surfaces ignore it.
public struct LinkArea: Sendable, Hashable {
    public var rect: Rect
    public var target: LinkTarget

    public init(_ rect: Rect, to target: LinkTarget) {
        self.rect = rect
        self.target = target
    }
}
