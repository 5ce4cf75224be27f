/// Which cells a table header cell heads, as PDF's table attributes name it
/// (ISO 32000-1, 14.8.5.7): a screen reader reads a data cell with its headers.
public enum TableHeaderScope: String, Sendable, Hashable, CaseIterable {
    /// The other cells of the header's row: a label beside its value.
    case row = "Row"
    /// The cells below the header: a column head.
    case column = "Column"
    /// Both its row and its column: the corner of a two-way table.
    case both = "Both"
}
