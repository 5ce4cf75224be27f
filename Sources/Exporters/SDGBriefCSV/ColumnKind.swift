/// What a table's column holds, which decides how each format types it:
/// the data package's field type, a worksheet's cell type and number format.
public enum ColumnKind: String, Sendable, Hashable {
    /// Text, whatever it looks like.
    case text
    /// An id other tables join on.
    case identifier
    /// A list of texts in one cell, joined with `;`: always text.
    case list
    /// A whole number that is a code or a position (a goal number, a rank):
    /// no thousands separators.
    case integer
    /// A calendar year: a whole number without separators.
    case year
    /// A measured amount, in the unit its row or column names: thousands separators help.
    case quantity
    /// Degrees of latitude or longitude.
    case coordinate

    /// The Frictionless Table Schema type.
    public var schemaType: String {
        switch self {
        case .text, .identifier, .list: "string"
        case .integer, .year: "integer"
        case .quantity, .coordinate: "number"
        }
    }

    /// Whether a cell of this column holds a number.
    public var isNumeric: Bool { schemaType != "string" }
}
