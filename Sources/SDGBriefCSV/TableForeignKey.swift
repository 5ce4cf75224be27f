/// Columns of one table whose values are the key of another, for joining.
public struct TableForeignKey: Sendable, Hashable {
    public var fields: [String]
    /// The table referred to, by `ReportTable.name`.
    public var table: String
    public var referencedFields: [String]

    public init(fields: [String], table: String, referencedFields: [String]) {
        self.fields = fields
        self.table = table
        self.referencedFields = referencedFields
    }
}
