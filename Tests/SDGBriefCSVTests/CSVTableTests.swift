import Foundation
import SDGBriefCore
@testable import SDGBriefCSV
import Testing

@Suite struct CSVTableTests {
    let table = CSVTable(name: "t", header: ["id", "名称"], rows: [[.integer(1), .text("甲")], [.integer(2), .text("a\nb")]])

    @Test func excelProfileHasBOMAndCRLF() {
        let bytes = [UInt8](table.encoded(profile: .excel))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text == "id,名称\r\n1,甲\r\n2,\"a\nb\"\r\n")
    }

    @Test func plainProfileHasNeitherBOMNorCR() {
        let bytes = [UInt8](table.encoded(profile: .plain))
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(!bytes.contains(0x0D))
        #expect(String(decoding: bytes, as: UTF8.self) == "id,名称\n1,甲\n2,\"a\nb\"\n")
    }

    @Test func emptyTableStillHasItsHeader() {
        let empty = CSVTable(name: "e", header: ["a", "b"], rows: [])
        #expect(empty.encoded(profile: .plain) == Data("a,b\n".utf8))
    }
}
