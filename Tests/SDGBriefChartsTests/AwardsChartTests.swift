import SDGBriefCharts
import SDGBriefCore
import Testing

@Suite struct AwardsChartTests {
    @Test func groupsEveryCaseOnceSinglesBeforeBoth() throws {
        let report = try ChartFixture.bundled()
        let groups = AwardsChart.groups(report)
        #expect(groups.flatMap(\.cases).map(\.id).sorted() == report.cases.map(\.id).sorted())
        #expect(groups.map(\.awards.count) == groups.map(\.awards.count).sorted())
        for group in groups {
            for item in group.cases { #expect(Set(item.awards) == Set(group.awards)) }
        }
        let both = try #require(groups.last)
        #expect(both.label == "同获广州奖与罗斯可持续城市奖")
    }

    @Test func casesWithoutAnAwardComeLast() {
        let groups = AwardsChart.groups(ChartFixture.synthetic(cases: 8))
        #expect(groups.map(\.label) == ["创新奖", "可持续城市奖", "同获创新奖与可持续城市奖", "未注明奖项"])
    }
}
