import SDGBriefCore

/// A table before encoding: its header and its rows as a lazy sequence, made
/// as they are written rather than all up front.
struct CSVTableSource {
    let name: String
    let header: [String]
    /// Known before any row is made, for progress.
    let rowCount: Int
    let forEachRow: ((([CSVCell]) throws -> Void) throws -> Void)

    init<Rows: Sequence<[CSVCell]>>(name: String, header: [String], rowCount: Int, rows: Rows) {
        self.name = name
        self.header = header
        self.rowCount = rowCount
        forEachRow = { body in
            for row in rows { try body(row) }
        }
    }
}
