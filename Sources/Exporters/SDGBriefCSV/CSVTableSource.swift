import SDGBriefCore

/// A table before encoding: its header, and how to write its rows, made as
/// they are written rather than all up front.
struct CSVTableSource {
    let name: String
    let header: [String]
    /// Known before any row is made, for progress.
    let rowCount: Int
    let writeRows: (inout CSVTableStream) throws -> Void
}
