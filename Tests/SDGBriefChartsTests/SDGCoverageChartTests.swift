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
        var withoutCases: [Int] = []
        for goal in SDGCatalog.goals {
            let official = try #require(Color(hex: goal.colorHex))
            // Expected counts straight from the cases, independent of the chart's own helper.
            let primary = report.cases.filter { $0.sdgs.contains(SDGTag(goal: goal.number, role: .primary)) }.count
            let related = report.cases.filter { item in
                item.sdgs.contains(SDGTag(goal: goal.number, role: .related)) && !item.sdgs.contains(SDGTag(goal: goal.number, role: .primary))
            }.count
            // The goal's tile: a rounded square in the official colour holding its number.
            let tile = rects.first { $0.cornerRadius > 0 && $0.fill == official && abs($0.rect.width - $0.rect.height) < 0.01 }
            guard primary + related > 0 else {
                // A goal no case serves has no row; it is named in the note instead.
                #expect(tile == nil, "goal \(goal.number) has no cases and no row")
                withoutCases.append(goal.number)
                continue
            }
            let tileRect = try #require(tile, "goal \(goal.number)").rect
            // The row runs from this tile to the next tile on its line, if the goals are set in two columns.
            let end = rects.filter { $0.rect.minX > tileRect.maxX && abs($0.rect.midY - tileRect.midY) < 2 && abs($0.rect.width - tileRect.width) < 4 && abs($0.rect.width - $0.rect.height) < 0.01 && $0.cornerRadius > 0 }
                .map(\.rect.minX).min() ?? .infinity
            let row = drawing.textRuns.filter { abs($0.extent.midY - tileRect.midY) < 2 && $0.extent.minX > tileRect.maxX && $0.extent.minX < end }
            let name = try #require(row.first?.text)
            #expect(name == goal.nameZh || (name.hasSuffix("…") && goal.nameZh.hasPrefix(name.dropLast())), "goal \(goal.number): \(name)")
            #expect(row.last?.text == String(primary + related), "goal \(goal.number)")
            let inRow = rects.filter { abs($0.rect.midY - tileRect.midY) < 2 && $0.rect.minX > tileRect.maxX && $0.rect.minX < end }
            let solid = inRow.filter { $0.fill == official }
            let light = inRow.filter { $0.fill == official.withAlpha(0.35) && $0.stroke != nil }
            #expect(solid.count == (primary > 0 ? 1 : 0), "goal \(goal.number)")
            #expect(light.count == (related > 0 ? 1 : 0), "goal \(goal.number)")
            if let bar = solid.first, let lightBar = light.first {
                // Equal widths per case in both segments; edges are drawn inside each.
                let unit = (bar.rect.width + (bar.stroke?.width ?? 0)) / Double(primary)
                #expect(abs((lightBar.rect.width + lightBar.stroke!.width) / Double(related) - unit) < 0.01)
            }
        }
        if !withoutCases.isEmpty {
            let note = try #require(drawing.textRuns.first { $0.text.hasPrefix("没有案例的目标：") })
            #expect(note.text == "没有案例的目标：" + withoutCases.map(String.init).joined(separator: "、"))
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
