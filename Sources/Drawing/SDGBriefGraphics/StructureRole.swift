/// What a tagged part of a PDF page is to a screen reader: the standard
/// structure types of PDF (ISO 32000-1, 14.8.4) that the brief uses.
public enum StructureRole: String, Sendable, Hashable, CaseIterable {
    case heading1 = "H1"
    case heading2 = "H2"
    case heading3 = "H3"
    case paragraph = "P"
    case list = "L"
    case listItem = "LI"
    case table = "Table"
    case tableRow = "TR"
    case tableHeader = "TH"
    case tableData = "TD"
    /// Needs alternative text: a chart, a row of badges.
    case figure = "Figure"

    /// A heading of level 1 to 3; deeper levels are level 3.
    public static func heading(level: Int) -> StructureRole {
        switch level {
        case ...1: .heading1
        case 2: .heading2
        default: .heading3
        }
    }
}
