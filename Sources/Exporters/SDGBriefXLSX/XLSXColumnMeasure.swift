import SDGBriefCSV
import SDGBriefCore

/// Goes through a table's rows before they are written, for the widest
/// content of each column: a worksheet states its column widths before its rows.
struct XLSXColumnMeasure: TableRowWriter {
    /// In widths of the default font's digits; a Chinese character is two.
    private(set) var widths: [Double]
    private(set) var rows = 0
    private let kinds: [ColumnKind]
    private var column = 0

    init(kinds: [ColumnKind]) {
        self.kinds = kinds
        widths = Array(repeating: 0, count: kinds.count)
    }

    mutating func text(_ text: String) {
        fit(XLSXText.width(text))
    }

    mutating func text(_ metric: Metric, formattedBy formatter: MetricFormatter) {
        text(formatter.string(metric))
    }

    mutating func text(joining items: some Sequence<String>, separator: String) {
        text(items.joined(separator: separator))
    }

    mutating func number(_ value: Double?) {
        guard let value else { return fit(0) }
        fit(Self.displayWidth(value, style: XLSXCellStyle.number(value, kind: kinds[column])))
    }

    mutating func integer(_ value: Int?) {
        number(value.map(Double.init))
    }

    mutating func empty() {
        fit(0)
    }

    mutating func endRow() throws {
        rows += 1
        column = 0
    }

    private mutating func fit(_ width: Double) {
        if column < widths.count { widths[column] = max(widths[column], width) }
        column += 1
    }

    /// How wide the number shows in `style`: digits, separators and up to three decimals.
    static func displayWidth(_ value: Double, style: XLSXCellStyle) -> Double {
        let plain = MetricFormatter.plainNumber(value)
        guard style == .grouped || style == .groupedDecimal else { return Double(plain.count) }
        let parts = plain.split(separator: ".", maxSplits: 1)
        let digits = parts[0].filter(\.isNumber).count
        let sign = value < 0 ? 1 : 0
        let decimals = parts.count > 1 ? min(parts[1].count, 3) + 1 : 0
        return Double(sign + digits + (digits - 1) / 3 + decimals)
    }
}
