import SDGBriefCore
import Testing

@testable import SDGBriefEngine

@Suite struct ProgressLineTests {
    @Test func showsRunningFormatsWithTheirCountsBeforeFinishedOnes() {
        let line = ProgressLine.format([
            .init(format: "csv", state: .done),
            .init(format: "text", state: .waiting),
            .init(format: "pdf", state: .running(ExportProgress(done: 1_204, total: 3_012, unit: "pages"))),
            .init(format: "png", state: .running(nil)),
        ], elapsed: 12.7, width: 200)
        #expect(line == "pdf 1,204/3,012 pages · png … · done: csv · 12 s")
    }

    @Test func neverWiderThanTheTerminal() {
        let entries = (0 ..< 10).map { ProgressLine.Entry(format: "format\($0)", state: .running(ExportProgress(done: 5, total: 1_000_000, unit: "rows"))) }
        let line = ProgressLine.format(entries, elapsed: 3, width: 60)
        #expect(line.count == 59)
        #expect(line.hasSuffix("…"))
    }

    @Test func groupsThousands() {
        #expect(ProgressLine.grouped(0) == "0")
        #expect(ProgressLine.grouped(999) == "999")
        #expect(ProgressLine.grouped(1_000) == "1,000")
        #expect(ProgressLine.grouped(164_310) == "164,310")
    }
}
