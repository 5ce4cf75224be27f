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
        let fills = Set(drawing.marks.compactMap { mark -> Color? in if case .rect(let r) = mark { r.fill } else { nil } })
        #expect(fills.count >= 5)
    }
}
