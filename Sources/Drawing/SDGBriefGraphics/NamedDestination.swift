/// A place in a PDF that links and outline entries can jump to. Draws
/// nothing; other surfaces ignore it.
public struct NamedDestination: Sendable, Hashable {
    public var name: String
    /// The point to show at the top-left of the viewer's window.
    public var point: Point

    public init(_ name: String, at point: Point) {
        self.name = name
        self.point = point
    }
}
