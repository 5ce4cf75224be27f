import SDGBriefCore

/// One field of a CSV row. Text and numbers are kept apart so that formula
/// neutralisation can touch text only: a negative number must stay `-5`.
enum CSVCell: Sendable, Hashable {
    case text(String)
    case number(Double)
    case empty

    /// Characters that make a spreadsheet read a cell as a formula (OWASP's list).
    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    static func integer(_ value: Int) -> CSVCell { .number(Double(value)) }

    static func optional(_ value: Int?) -> CSVCell { value.map(integer) ?? .empty }

    static func optional(_ value: Double?) -> CSVCell { value.map(number) ?? .empty }

    /// The field as written before quoting.
    var field: String {
        switch self {
        case .empty:
            return ""
        case .number(let value):
            return MetricFormatter.plainNumber(value)
        case .text(let text):
            // "\r\n" is one Character in Swift; look at the first scalar so a
            // leading CR is caught whichever line end follows it.
            guard let first = text.unicodeScalars.first, Self.formulaTriggers.contains(Character(first)) else { return text }
            return "'" + text
        }
    }

    /// The field quoted as RFC 4180 requires: only when it holds a comma, a
    /// quote, CR or LF, with inner quotes doubled.
    var quotedField: String {
        let raw = field
        let needsQuotes = raw.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return raw }
        return "\"" + raw.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
