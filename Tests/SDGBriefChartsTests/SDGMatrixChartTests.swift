import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct SDGMatrixChartTests {
    @Test(arguments: ["bundled", "3 cases"], ChartSize.allCases)
    func marksExactlyTheModelsPairsWithTheirRole(_ name: String, _ size: ChartSize) throws {
        let report = try ChartCatalogTests.report(name)
        let drawing = try SDGMatrixChart().layout(report, on: ChartCanvas(size), measurer: ChartFixture.measurer())
        let rects = drawing.marks.compactMap { mark -> RectMark? in if case .rect(let r) = mark { r } else { nil } }
        let circles = drawing.marks.compactMap { mark -> CircleMark? in if case .circle(let c) = mark { c } else { nil } }
        // Column centres from the header tiles, which carry the goal numbers.
        var columns: [Int: Double] = [:]
        for goal in SDGCatalog.goals {
            let number = try #require(drawing.textRuns.first { $0.text == String(goal.number) && $0.style.color == .white })
            columns[goal.number] = number.extent.midX
        }
        for item in report.cases {
            let name = try #require(drawing.textRuns.first { $0.text == item.city.zh })
            for goal in SDGCatalog.validNumbers {
                let center = Point(x: columns[goal]!, y: name.extent.midY)
                let color = try #require(Color(hex: SDGCatalog.goal(goal)!.colorHex))
                let here = rects.filter { abs($0.rect.midX - center.x) < 2 && abs($0.rect.midY - center.y) < 2 && $0.rect.width < 60 }
                let filled = here.contains { $0.fill == color && $0.stroke == nil }
                let ring = here.contains { $0.fill == nil && $0.stroke?.color == color }
                let empty = circles.contains { abs($0.center.x - center.x) < 2 && abs($0.center.y - center.y) < 2 }
                let expected = item.sdgs.first { $0.goal == goal && $0.role == .primary }?.role
                    ?? item.sdgs.first { $0.goal == goal }?.role
                switch expected {
                case .primary?: #expect(filled && !ring && !empty, "\(item.id) goal \(goal)")
                case .related?: #expect(ring && !filled && !empty, "\(item.id) goal \(goal)")
                default: #expect(empty && !filled && !ring, "\(item.id) goal \(goal)")
                }
            }
        }
    }

    @Test func aLongListIsShortenedWithANote() throws {
        let report = ChartFixture.synthetic(cases: 30)
        let drawing = try SDGMatrixChart().layout(report, on: ChartCanvas(.square), measurer: ChartFixture.measurer())
        let note = try #require(drawing.textRuns.first { $0.text.hasPrefix("另有") })
        let hidden = try #require(Int(note.text.filter(\.isNumber)))
        let shown = report.cases.prefix(30 - hidden).filter { item in drawing.textRuns.contains { $0.text == item.city.zh } }
        #expect(hidden > 0 && shown.count == 30 - hidden)
        #expect(!drawing.textRuns.contains { $0.text == report.cases[30 - hidden].city.zh })
    }
}
