import SDGBriefCore

/// One column of a report table as every format describes it: the CSV's
/// header name, the worksheet's header, its type, unit and meaning, in
/// Chinese and English. The workbook's description sheet, the data package
/// and docs/csv.md all say what these say.
public struct TableColumn: Sendable, Hashable {
    /// The CSV header and data package field name: lowercase, `_`-separated.
    public var name: String
    /// What it holds, which decides its type in every format.
    public var kind: ColumnKind
    /// A short header for people (the worksheet's header row).
    public var title: LocalizedText
    /// What a value means, in a phrase.
    public var description: LocalizedText
    /// The unit of the column's numbers, where one unit holds for the whole column.
    public var unit: LocalizedText?
    /// Whether every row has a value.
    public var required: Bool

    /// A column named `name` holding `kind`.
    public init(_ name: String, _ kind: ColumnKind, title: LocalizedText, description: LocalizedText, unit: LocalizedText? = nil, required: Bool = false) {
        self.name = name
        self.kind = kind
        self.title = title
        self.description = description
        self.unit = unit
        self.required = required
    }
}
