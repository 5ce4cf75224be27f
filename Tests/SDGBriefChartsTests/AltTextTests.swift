@testable import SDGBriefCharts
import SDGBriefCore
import Testing

@Suite struct AltTextTests {
    @Test func listsEverythingUpToTheLimit() {
        let items = (1 ... AltText.listedItems).map { "甲\($0)" }
        #expect(AltText.sentence(items, count: items.count, words: .chinese) == items.joined(separator: "；") + "。")
        #expect(AltText.names(items, count: items.count, words: .chinese) == items.joined(separator: "、"))
        #expect(AltText.sentence([String](), count: 0, words: .chinese) == "")
    }

    /// Past the limit only the first are built and listed, and the rest counted.
    @Test func countsWhatItLeavesOut() {
        var built = 0
        let items = (1 ... 10_000).lazy.map { index -> String in
            built += 1
            return "乙\(index)"
        }
        let sentence = AltText.sentence(items, count: 10_000, words: .chinese)
        #expect(built == AltText.listedItems)
        #expect(sentence.hasPrefix("乙1；乙2；"))
        #expect(sentence.hasSuffix("乙\(AltText.listedItems)；另有\(10_000 - AltText.listedItems)个案例未列出，完整数据见CSV表格。"))
        #expect(AltText.names(items, count: 10_000, words: .chinese).hasSuffix("乙\(AltText.listedItems)等10000个"))
        #expect(AltText.sentence(items, count: 30, unit: .groups, words: .chinese).hasSuffix("；另有10组未列出，完整数据见CSV表格。"))
    }

    @Test func readsInEnglish() {
        let items = (1 ... 30).lazy.map { "City \($0)" }
        let sentence = AltText.sentence(items, count: 30, words: .english)
        #expect(sentence.hasPrefix("City 1; City 2; "))
        #expect(sentence.hasSuffix("City 20; 10 more cases not listed; the CSV tables hold all the data."))
        #expect(AltText.names(items, count: 30, words: .english).hasSuffix("City 20 and 10 more"))
        #expect(AltText.sentences(["A.", "", "B."], words: .english) == "A. B.")
        #expect(AltText.sentences(["甲。", "", "乙。"], words: .chinese) == "甲。乙。")
    }

    /// Every chart's alt text stays the same length however many cases a
    /// network has past the limit, and still says how many it leaves out.
    @Test func everyChartsAltTextIsBoundedAtScale() throws {
        for canvas in [ChartCanvas(.widescreen), ChartCanvas(.widescreen, language: "en")] {
        let small = ChartFixture.synthetic(cases: AltText.listedItems)
        let large = ChartFixture.synthetic(cases: 200)
        let larger = ChartFixture.synthetic(cases: 2_000)
        for chart in ChartCatalog.all where chart.hasData(larger, on: canvas) {
            #expect(!chart.altText(small, on: canvas).contains("未列出") && !chart.altText(small, on: canvas).contains("not listed"), "\(chart.id)")
            let many = chart.altText(large, on: canvas)
            let more = chart.altText(larger, on: canvas)
            // The same cases are listed; only the counts gain a digit.
            #expect(more.count <= many.count + 60, "\(chart.id): \(more.count) characters against \(many.count) at a tenth of the cases")
            if chart.id != "sdg-coverage" {
                #expect(more.contains(/另有\d+个案例未列出/) || more.contains(/等\d+个/) || more.contains(/\d+ more cases not listed/) || more.contains(/and \d+ more/), "\(chart.id): \(more)")
            }
        }
        }
    }
}
