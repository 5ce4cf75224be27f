import SDGBriefCharts
import SDGBriefCore
import Testing

@Suite struct KeyFiguresChartTests {
    static func figure(_ id: String, _ unit: MetricUnit, _ qualifier: Qualifier = .exact) -> Metric {
        Metric(id: id, label: LocalizedText(zh: id), value: 10, unit: unit, qualifier: qualifier, quote: "q")
    }

    @Test func theHeadlineIsTheLastResultNotContext() {
        var item = ChartFixture.synthetic(cases: 1).cases[0]
        item.figures = [
            Self.figure("area", .hectare),
            Self.figure("families", .family),
            Self.figure("population", .person),
            Self.figure("population-2050", .person, .projected),
            Self.figure("duration", .year),
            Self.figure("cities", .city),
            Self.figure("target", .hectare, .projected),
        ]
        #expect(KeyFiguresChart.headline(for: item)?.id == "families")
        item.figures.removeFirst(2)
        #expect(KeyFiguresChart.headline(for: item) == nil)
    }

    @Test func everyHeadlineIsDrawnWithItsQualifierNumberAndCaption() throws {
        let report = try ChartFixture.bundled()
        let drawing = try KeyFiguresChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let texts = drawing.textRuns.map(\.text)
        let headlines = KeyFiguresChart.headlines(report)
        #expect(!headlines.isEmpty)
        for (item, metric) in headlines {
            let parts = MetricFormatter().parts(metric)
            #expect(texts.contains(metric.label.zh) && texts.contains(item.city.zh))
            let number = try #require(drawing.textRuns.first { $0.text == parts.number })
            #expect(number.style.size >= 56, "the number is the big thing on the card")
            if !parts.qualifier.isEmpty { #expect(texts.contains(parts.qualifier)) }
        }
    }
}
