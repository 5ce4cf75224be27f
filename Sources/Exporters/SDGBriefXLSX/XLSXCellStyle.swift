import SDGBriefCSV

/// The cell formats of `xl/styles.xml`, by their index in its `cellXfs`; the
/// order here is the order written there.
enum XLSXCellStyle: Int, CaseIterable {
    case normal = 0
    /// A table's header row: bold on a light fill, a rule below.
    case header
    /// A whole amount with thousands separators: 10,700,000.
    case grouped
    /// An amount with a fraction, thousands separators and up to three decimals: 1,234.5.
    case groupedDecimal
    case text
    /// Long text, wrapped within its column.
    case wrappedText
    /// A number as it is, without separators: years, goal numbers, coordinates.
    case plainNumber
    /// The description sheet's title.
    case title
    /// The description sheet's labels.
    case label
    /// The header of a column of numbers without a filter button: as
    /// `header`, set right as the numbers are.
    case numberHeader

    /// The style of a number in a column of `kind`: separators for amounts,
    /// none for years, codes and coordinates.
    static func number(_ value: Double, kind: ColumnKind) -> XLSXCellStyle {
        guard kind == .quantity else { return .plainNumber }
        return value.rounded() == value ? .grouped : .groupedDecimal
    }
}
