import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct SDGCoverageChartTests {
    static let reports = ["bundled", "3 cases", "30 cases"]

    @Test(arguments: reports)
    func barsUseTheOfficialColoursAndShowTheModelsCounts(_ name: String) throws {
        let report = try ChartCatalogTests.report(name)
        let drawing = try SDGCoverageChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let rects = drawing.marks.compactMap { mark -> RectMark? in if case .rect(let r) = mark { r } else { nil } }
        for goal in SDGCatalog.goals {
            let official = try #require(Color(hex: goal.colorHex))
            // Expected counts straight from the cases, independent of the chart's own helper.
            let primary = report.cases.filter { $0.sdgs.contains(SDGTag(goal: goal.number, role: .primary)) }.count
            let related = report.cases.filter { item in
                item.sdgs.contains(SDGTag(goal: goal.number, role: .related)) && !item.sdgs.contains(SDGTag(goal: goal.number, role: .primary))
            }.count
            // The goal's tile: a rounded square in the official colour holding its number.
            let tile = try #require(rects.first { $0.cornerRadius > 0 && $0.fill == official && abs($0.rect.width - $0.rect.height) < 0.01 })
            let row = drawing.textRuns.filter { abs($0.extent.midY - tile.rect.midY) < 2 && $0.extent.minX > tile.rect.maxX }
            #expect(row.first?.text == goal.nameZh)
            #expect(row.last?.text == String(primary + related), "goal \(goal.number)")
            let inRow = rects.filter { abs($0.rect.midY - tile.rect.midY) < 2 && $0.rect.minX > tile.rect.maxX }
            let solid = inRow.filter { $0.fill == official }
            let light = inRow.filter { $0.stroke?.color == official }
            #expect(solid.count == (primary > 0 ? 1 : 0), "goal \(goal.number)")
            #expect(light.count == (related > 0 ? 1 : 0), "goal \(goal.number)")
            #expect(light.allSatisfy { $0.fill?.alpha ?? 1 < 1 }, "related is lighter than primary")
            if let bar = solid.first, let lightBar = light.first {
                // Equal widths per case in both segments.
                let unit = bar.rect.width / Double(primary)
                #expect(abs((lightBar.rect.width + 3) / Double(related) - unit) < 0.01)
            }
        }
    }

    @Test func countsPrimaryBeforeRelated() {
        let report = ChartFixture.synthetic(cases: 3)
        let counts = SDGCoverageChart.counts(report)
        #expect(counts.count == 17)
        #expect(counts.map(\.primary).reduce(0, +) == report.cases.map(\.primaryGoals.count).reduce(0, +))
    }

    @Test func altTextGivesTheCounts() throws {
        let report = try ChartFixture.bundled()
        let text = SDGCoverageChart().altText(report, on: ChartCanvas(.widescreen))
        for count in SDGCoverageChart.counts(report) where count.primary + count.related > 0 {
            #expect(text.contains("目标\(count.goal)\(SDGCatalog.goal(count.goal)!.nameZh)\(count.primary + count.related)个"))
        }
    }
}
