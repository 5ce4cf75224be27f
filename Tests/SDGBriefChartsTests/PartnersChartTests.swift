import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct PartnersChartTests {
    @Test func segmentsAddUpToEachCasesPartners() throws {
        let report = try ChartFixture.bundled()
        for item in report.cases {
            let counts = PartnersChart.counts(item)
            #expect(counts.map(\.count).reduce(0, +) == item.partners.count)
            for (sector, count) in counts { #expect(count == item.partners.filter { $0.sector == sector }.count) }
        }
        let drawing = try PartnersChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let texts = drawing.textRuns.map(\.text)
        for sector in Sector.known { #expect(texts.contains(sector.nameZh), "legend names \(sector.nameZh)") }
        #expect(!texts.contains { $0.contains("可持续发展目标17") }, "no stray subtitle part")
        let english = try PartnersChart().layout(report, on: ChartCanvas(.widescreen, language: "en"), measurer: ChartFixture.measurer())
        #expect(!english.textRuns.contains { $0.text.contains("SDG 17") }, "no stray subtitle part in English")
        let fills = Set(drawing.marks.compactMap { mark -> Color? in if case .rect(let r) = mark { r.fill } else { nil } })
        #expect(fills.count >= 5)
    }

    /// A key to colours the chart never shows is noise: only sectors some case has.
    @Test func theLegendNamesOnlySectorsTheCasesHave() throws {
        var report = ChartFixture.synthetic(cases: 3)
        for index in report.cases.indices {
            report.cases[index].partners = report.cases[index].partners.filter { $0.sector == .public || $0.sector == .civil }
        }
        try #require(report.cases.contains { !$0.partners.isEmpty })
        let drawing = try PartnersChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let texts = drawing.textRuns.map(\.text)
        for sector in Sector.known {
            let present = report.cases.contains { $0.partners.contains { $0.sector == sector } }
            #expect(texts.contains(sector.nameZh) == present, "\(sector.nameZh)")
        }
    }
}
