/// Marks a group as one element of a PDF's structure tree. Marks in no
/// tagged group are page furniture (artifacts) to a screen reader.
public struct StructureTag: Sendable, Hashable {
    public var role: StructureRole
    /// What a figure shows, read aloud in its place.
    public var alternativeText: String?
    /// For a table header cell, the cells it heads.
    public var headerScope: TableHeaderScope?

    public init(_ role: StructureRole, alternativeText: String? = nil, headerScope: TableHeaderScope? = nil) {
        self.role = role
        self.alternativeText = alternativeText
        self.headerScope = headerScope
    }
}
