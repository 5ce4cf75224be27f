import SDGBriefCore
@testable import SDGBriefText
import Testing

@Suite struct BriefWriterTests {
    func lines(width: Int = 60, _ report: Report = TextFixture.report()) -> [String] {
        var writer = BriefWriter(width: width, language: "zh")
        writer.write(report)
        return writer.lines
    }

    @Test func underlinesHeadingsToTheirWidth() throws {
        let all = lines()
        let index = try #require(all.firstIndex(of: "案例1：瓜亚基尔（厄瓜多尔）"))
        #expect(all[index + 1] == String(repeating: "-", count: 27))
        #expect(all[index - 1].isEmpty)
    }

    @Test func neverWritesTwoBlankLinesInARow() {
        let all = lines()
        #expect(!zip(all, all.dropFirst()).contains { $0.isEmpty && $1.isEmpty })
        #expect(all.first?.isEmpty == false && all.last?.isEmpty == false)
    }

    @Test func leavesOutSectionsTheReportDoesNotHave() {
        var report = TextFixture.report()
        report.conclusions = []
        report.conclusionsPreamble = []
        report.cases[0].milestones = []
        report.cases[0].partners = []
        let all = lines(report)
        #expect(!all.contains("结论") && !all.contains("里程碑：") && !all.contains("合作伙伴："))
    }

    @Test func hangsWrappedBulletsUnderTheirText() {
        var report = TextFixture.report()
        report.cases[0].milestones = [Milestone(year: 2016, event: LocalizedText(zh: String(repeating: "红树林", count: 12)))]
        let all = lines(width: 30, report)
        let start = all.firstIndex { $0.hasPrefix("  - 2016年") }!
        #expect(all[start + 1].hasPrefix("    红"))
    }
}
