@testable import SDGBriefCharts
import SDGBriefCore
import SDGBriefSynth
import Testing

@Suite struct MapColouringTests {
    @Test func bundledCasesAreColouredByTheirAwards() throws {
        let report = try ChartFixture.bundled()
        let colouring = MapColouring(report, words: MapWords(language: "zh"), language: "zh")
        #expect(!colouring.byRegion)
        #expect(colouring.groups.map(\.label) == ["广州奖", "罗斯可持续城市奖", "广州奖 + 罗斯可持续城市奖"])
        #expect(Set(colouring.groups.map(\.colour)).count == 3)
        for (item, group) in zip(report.cases, colouring.groupOfCase) {
            let expected = item.awards.count == 2 ? 2 : item.awards == ["guangzhou-award"] ? 0 : 1
            #expect(group == expected, "\(item.city.zh)")
        }
    }

    @Test func casesWithoutAwardsAreGreyAndListedLast() {
        var report = ReportSynthesizer().report(cases: 6)
        report.cases[2].awards = []
        let colouring = MapColouring(report, words: MapWords(language: "en"), language: "en")
        #expect(colouring.groups.last?.label == "No award")
        #expect(colouring.groups.last?.colour == MapColouring.other)
        #expect(colouring.groupOfCase[2] == colouring.groups.count - 1)
    }

    @Test func manyRegionsShareAGreyOtherPastThePalette() {
        var report = ReportSynthesizer().report(cases: 60)
        report.awards = (1...4).map { Award(id: "a\($0)", name: LocalizedText(zh: "奖\($0)"), shortName: LocalizedText(zh: "奖\($0)")) }
        for index in report.cases.indices {
            report.cases[index].awards = (1...4).filter { (index >> ($0 - 1)) & 1 == 1 }.map { "a\($0)" }
            report.cases[index].region = LocalizedText(zh: "地区\(index % 9)")
        }
        let colouring = MapColouring(report, words: MapWords(language: "zh"), language: "zh")
        #expect(colouring.byRegion)
        #expect(colouring.groups.count == MapColouring.colours.count)
        #expect(colouring.groups.last?.label == "其他地区")
        #expect(colouring.groupOfCase.allSatisfy { $0 < colouring.groups.count })
    }
}
