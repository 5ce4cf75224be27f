import Foundation
@testable import SDGBriefChartExport
import SDGBriefCharts
import SDGBriefCore
import SDGBriefLoader
import Synchronization
import Testing

@Suite struct ChartFileMemoTests {
    static let report = try! BundledReport.load()

    static func files(_ name: String) -> [Artifact] {
        [Artifact(path: "charts/\(name)", contents: Data(name.utf8))]
    }

    @Test func theSameReportAndOptionsAreDrawnOnce() throws {
        let memo = ChartFileMemo()
        let draws = Mutex(0)
        let options = ExportOptions(language: "zh")
        for _ in 0 ..< 3 {
            let files = try memo.artifacts(.png, report: Self.report, options: options) {
                draws.withLock { $0 += 1 }
                return Self.files("a")
            }
            #expect(files == Self.files("a"))
        }
        #expect(draws.withLock { $0 } == 1)
    }

    @Test func anotherOptionReportOrFormatIsDrawnAnew() throws {
        let memo = ChartFileMemo()
        let zh = ExportOptions(language: "zh")
        _ = try memo.artifacts(.png, report: Self.report, options: zh) { Self.files("zh") }
        #expect(try memo.artifacts(.png, report: Self.report, options: ExportOptions(language: "en")) { Self.files("en") } == Self.files("en"))
        #expect(try memo.artifacts(.svg, report: Self.report, options: zh) { Self.files("svg") } == Self.files("svg"))
        var other = Self.report
        other.cases.removeLast()
        #expect(try memo.artifacts(.png, report: other, options: zh) { Self.files("other") } == Self.files("other"))
        // The latest entry per format is kept, not every one.
        #expect(try memo.artifacts(.png, report: Self.report, options: zh) { Self.files("zh again") } == Self.files("zh again"))
    }

    @Test func aSecondCallerWaitsForTheFirstsDrawing() throws {
        let memo = ChartFileMemo()
        let draws = Mutex(0)
        let options = ExportOptions(language: "zh")
        let results = Mutex<[[Artifact]]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let files = try? memo.artifacts(.svg, report: Self.report, options: options) {
                draws.withLock { $0 += 1 }
                Thread.sleep(forTimeInterval: 0.2)
                return Self.files("slow")
            }
            results.withLock { $0.append(files ?? []) }
        }
        #expect(draws.withLock { $0 } == 1)
        #expect(results.withLock { $0 } == Array(repeating: Self.files("slow"), count: 4))
    }

    @Test func aFailedDrawingIsNotKept() throws {
        struct Failure: Error {}
        let memo = ChartFileMemo()
        let options = ExportOptions(language: "zh")
        #expect(throws: Failure.self) { try memo.artifacts(.png, report: Self.report, options: options) { throw Failure() } }
        #expect(try memo.artifacts(.png, report: Self.report, options: options) { Self.files("b") } == Self.files("b"))
    }
}
