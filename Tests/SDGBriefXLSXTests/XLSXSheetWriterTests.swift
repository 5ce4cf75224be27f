import Foundation
@testable import SDGBriefXLSX
import Testing

@Suite struct XLSXSheetWriterTests {
    @Test func writesTypedCellsWithTheirReferences() throws {
        var pieces: [[UInt8]] = []
        let writer = XLSXSheetWriter { pieces.append($0) }
        writer.beginRow()
        writer.text("=1+1", style: .text)
        writer.skip()
        writer.number(-58.3816, style: .plainNumber)
        writer.text("", style: .text)
        writer.number(10_700_000, style: .grouped)
        try writer.endRow()
        try writer.flush()
        let xml = String(decoding: pieces.joined(), as: UTF8.self)
        #expect(xml == #"<row r="1"><c r="A1" s="4" t="inlineStr"><is><t>=1+1</t></is></c><c r="C1" s="6"><v>-58.3816</v></c><c r="E1" s="2"><v>10700000</v></c></row>"#)
    }

    @Test func handsOnLargeSheetsInBatches() throws {
        var pieces: [Int] = []
        let writer = XLSXSheetWriter { pieces.append($0.count) }
        for _ in 0 ..< 20_000 {
            writer.beginRow()
            writer.text("城市伙伴关系与可持续发展目标", style: .text)
            try writer.endRow()
        }
        try writer.flush()
        #expect(pieces.count > 3)
        #expect(pieces.dropLast().allSatisfy { $0 >= XLSXSheetWriter.batchSize && $0 < XLSXSheetWriter.batchSize + 4_096 })
    }
}
