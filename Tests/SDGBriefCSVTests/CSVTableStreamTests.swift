import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefCSV

@Suite struct CSVTableStreamTests {
    /// Keeps each write apart, to see how a table is cut into batches.
    final class RecordingStream: ArtifactStream {
        var writes: [Data] = []
        var finished = false

        func write(_ data: Data) throws {
            #expect(!finished)
            writes.append(data)
        }

        func finish() throws {
            finished = true
        }
    }

    func row(_ index: Int) -> String {
        "case-\(index),第\(index)行,\"\"\"引号\"\"\",\(index * 3)\n"
    }

    @Test func writesTheTableInBatchesOfAtLeastTheBatchSize() throws {
        let stream = RecordingStream()
        var table = CSVTableStream(stream, header: ["id", "名称", "quote", "n"], profile: .plain)
        let rows = 30_000
        for index in 0 ..< rows {
            table.text("case-\(index)")
            table.text("第\(index)行")
            table.text("\"引号\"")
            table.integer(index * 3)
            try table.endRow()
        }
        #expect(!stream.finished)
        try table.finish()
        #expect(stream.finished && table.rowCount == rows)
        #expect(stream.writes.count > 2)
        for batch in stream.writes.dropLast() {
            #expect(batch.count >= CSVTableStream.batchSize)
            // A batch ends where a row does.
            #expect(batch.last == 0x0A)
        }
        let expected = "id,名称,quote,n\n" + (0 ..< rows).map(row).joined()
        #expect(String(decoding: stream.writes.reduce(Data(), +), as: UTF8.self) == expected)
    }

    @Test func reportsProgressEveryIntervalOfRows() throws {
        var reported: [Int] = []
        var table = CSVTableStream(RecordingStream(), header: ["n"], profile: .excel)
        table.onProgress = { reported.append($0) }
        for index in 0 ..< 3 * CSVTableStream.progressInterval + 5 {
            table.integer(index)
            try table.endRow()
        }
        #expect(reported == [1, 2, 3].map { $0 * CSVTableStream.progressInterval })
    }

    @Test func anEmptyTableIsItsHeaderAlone() throws {
        let stream = RecordingStream()
        var table = CSVTableStream(stream, header: ["a", "b"], profile: .excel)
        try table.finish()
        #expect(stream.writes == [Data([0xEF, 0xBB, 0xBF] + Array("a,b\r\n".utf8))])
    }
}
