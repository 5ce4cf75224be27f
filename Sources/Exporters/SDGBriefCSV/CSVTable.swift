import Foundation
import SDGBriefCore

/// One CSV file held whole: a header and rows, encoded for a profile.
///
/// Written by hand rather than with CSV.swift's `CSVWriter`: quoting is a few
/// lines, the writer needs an `OutputStream` and a class per file, and keeping
/// it apart from the parser the tests read with means a misreading shared by
/// one library's writer and reader cannot pass unnoticed.
struct CSVTable: Sendable, Hashable {
    var name: String
    var header: [String]
    var rows: [[CSVCell]]

    init(name: String, header: [String], rows: [[CSVCell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    /// The file's bytes. Every record ends with the profile's line end, the last too.
    func encoded(profile: CSVProfile) -> Data {
        let encoder = CSVRecordEncoder(profile: profile)
        encoder.append(header.map(CSVCell.text))
        for row in rows {
            encoder.append(row)
        }
        return encoder.data
    }
}
