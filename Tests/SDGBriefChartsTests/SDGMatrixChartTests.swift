@testable import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct SDGMatrixChartTests {
    /// Whether `run` writes `name`, whole or shortened to fit with "…".
    static func names(_ run: TextRun, _ name: String) -> Bool {
        run.text == name || (run.text.hasSuffix("…") && run.text.count > 1 && name.hasPrefix(run.text.dropLast()))
    }

    @Test(arguments: ["bundled", "3 cases"], ChartSize.allCases)
    func marksExactlyTheModelsPairsWithTheirRole(_ name: String, _ size: ChartSize) throws {
        let report = try ChartCatalogTests.report(name)
        let drawing = try SDGMatrixChart().layout(report, on: ChartCanvas(size), measurer: ChartFixture.measurer())
        let rects = drawing.marks.compactMap { mark -> RectMark? in if case .rect(let r) = mark { r } else { nil } }
        let circles = drawing.marks.compactMap { mark -> CircleMark? in if case .circle(let c) = mark { c } else { nil } }
        let palette = ChartPalette(.light)
        let served = Set(report.cases.flatMap { $0.sdgs.map(\.goal) })
        // Column centres from the header tiles, which carry the goal numbers;
        // a goal without cases may be left out where 17 columns do not fit, and is then named.
        var columns: [Int: (x: Double, y: Double)] = [:]
        for goal in SDGCatalog.goals {
            guard let number = drawing.textRuns.first(where: { $0.text == String(goal.number) && $0.style.color == .white }) else {
                #expect(!served.contains(goal.number), "goal \(goal.number) has cases and a column")
                let note = try #require(drawing.textRuns.first { $0.text.hasPrefix("没有案例的目标：") })
                #expect(note.text.split(separator: "：")[1].split(separator: "、").contains(Substring(String(goal.number))))
                continue
            }
            columns[goal.number] = (number.extent.midX, number.extent.midY)
        }
        for item in report.cases {
            for goal in SDGCatalog.validNumbers {
                guard let column = columns[goal] else { continue }
                // The case's row in the panel under this goal's header (goals may be set in two panels).
                let name = try #require(drawing.textRuns.filter { Self.names($0, item.city.zh) && $0.extent.midY > column.y }.min { $0.extent.midY < $1.extent.midY })
                let center = Point(x: column.x, y: name.extent.midY)
                let color = try #require(Color(hex: SDGCatalog.goal(goal)!.colorHex))
                let here = rects.filter { abs($0.rect.midX - center.x) < 2 && abs($0.rect.midY - center.y) < 2 && $0.rect.width < 60 }
                let filled = here.contains { $0.fill == color }
                let ring = here.contains { $0.fill == nil && $0.stroke?.color == palette.visible(color) }
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
        let shown = report.cases.prefix(30 - hidden).filter { item in drawing.textRuns.contains { Self.names($0, item.city.zh) } }
        #expect(hidden > 0 && shown.count == 30 - hidden)
        #expect(!drawing.textRuns.contains { Self.names($0, report.cases[30 - hidden].city.zh) })
    }
}
