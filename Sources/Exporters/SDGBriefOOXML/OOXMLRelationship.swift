/// A relationship from one part of an Office Open XML package (or from the
/// package itself) to another.
public struct OOXMLRelationship: Sendable, Equatable {
    /// Unique within its relationships part, e.g. `rId1`.
    public var id: String
    /// The full relationship type URI.
    public var type: String
    /// The target, relative to the source part's folder.
    public var target: String

    /// A relationship `id` of `type` pointing at `target`.
    public init(id: String, type: String, target: String) {
        self.id = id
        self.type = type
        self.target = target
    }
}
