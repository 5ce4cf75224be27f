import SDGBriefCSV
import SDGBriefCore

/// A report table's rows as worksheet cells: each field typed and formatted
/// by what its column holds (`ColumnKind`).
struct XLSXTableRows: TableRowWriter {
    let writer: XLSXSheetWriter
    let kinds: [ColumnKind]
    /// Columns whose text is wrapped, because it is wider than a column may be.
    let wrapped: Set<Int>
    private var column = 0
    private var started = false

    init(writer: XLSXSheetWriter, kinds: [ColumnKind], wrapped: Set<Int>) {
        self.writer = writer
        self.kinds = kinds
        self.wrapped = wrapped
    }

    mutating func text(_ text: String) {
        begin()
        writer.text(text, style: wrapped.contains(column) ? .wrappedText : .text)
        column += 1
    }

    mutating func text(_ metric: Metric, formattedBy formatter: MetricFormatter) {
        text(formatter.string(metric))
    }

    mutating func text(joining items: some Sequence<String>, separator: String) {
        text(items.joined(separator: separator))
    }

    mutating func number(_ value: Double?) {
        begin()
        if let value {
            writer.number(value, style: XLSXCellStyle.number(value, kind: kinds[column]))
        } else {
            writer.skip()
        }
        column += 1
    }

    mutating func integer(_ value: Int?) {
        number(value.map(Double.init))
    }

    mutating func empty() {
        begin()
        writer.skip()
        column += 1
    }

    mutating func endRow() throws {
        begin()
        try writer.endRow()
        started = false
        column = 0
    }

    private mutating func begin() {
        guard !started else { return }
        writer.beginRow()
        started = true
    }
}
