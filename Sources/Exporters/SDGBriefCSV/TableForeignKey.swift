/// Columns of one table whose values are the key of another, for joining.
public struct TableForeignKey: Sendable, Hashable {
    /// The columns of the table that refers.
    public var fields: [String]
    /// The table referred to, by `ReportTable.name`.
    public var table: String
    /// The key columns of the table referred to, in the order of `fields`.
    public var referencedFields: [String]

    /// `fields` of this table hold `referencedFields` of `table`.
    public init(fields: [String], table: String, referencedFields: [String]) {
        self.fields = fields
        self.table = table
        self.referencedFields = referencedFields
    }
}
