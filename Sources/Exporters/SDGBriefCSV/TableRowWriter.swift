import SDGBriefCore

/// Where a report table's rows go, field by field: a CSV file, a worksheet.
/// The tables are written once, in `ReportTable`, against this protocol, so
/// every format that writes them gives the same rows.
public protocol TableRowWriter {
    /// A text field: text whatever it looks like.
    mutating func text(_ text: String)
    /// A figure as `formatter.string(metric)` reads it; writers may make it without a string.
    mutating func text(_ metric: Metric, formattedBy formatter: MetricFormatter)
    /// The items as one text field, with `separator` between them.
    mutating func text(joining items: some Sequence<String>, separator: String)
    /// A number, or an empty field for nil.
    mutating func number(_ value: Double?)
    /// A whole number, or an empty field for nil.
    mutating func integer(_ value: Int?)
    /// An empty field.
    mutating func empty()
    /// Ends the row, whose fields were given in column order.
    mutating func endRow() throws
}
