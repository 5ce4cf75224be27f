import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefCSV

@Suite struct CSVRecordEncoderTests {
    /// The byte encoder must write exactly what `CSVCell.quotedField` spells.
    @Test func writesTheBytesCSVCellSpells() {
        let record: [CSVCell] = [
            .text("甲"), .text("a,b"), .text("say \"hi\""), .text("=SUM(A1)"), .text("-x, \"y\""), .text("\r\nline"),
            .text("\tTab"), .text("@"), .text(""), .empty, .number(-5), .number(33.3), .number(10_700_000), .text("多\n行"),
        ]
        for profile in CSVProfile.allCases {
            var bytes: [UInt8] = []
            CSVRecordEncoder(profile: profile).append(record, to: &bytes)
            let expected = record.map(\.quotedField).joined(separator: ",") + (profile == .excel ? "\r\n" : "\n")
            #expect(String(decoding: bytes, as: UTF8.self) == expected)
        }
    }
}
