import Foundation
import SDGBriefCore

/// One CSV file: a header and rows, encoded for a profile.
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
        // Excel reads a CSV without a byte-order mark in the local code page,
        // which garbles Chinese; the mark makes it read UTF-8.
        var bytes = CSVRecordEncoder.preamble(profile)
        let encoder = CSVRecordEncoder(profile: profile)
        for record in [header.map(CSVCell.text)] + rows {
            encoder.append(record, to: &bytes)
        }
        return Data(bytes)
    }
}
