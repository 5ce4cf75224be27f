import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct TimelineChartTests {
    @Test(arguments: ChartSize.allCases)
    func everyMilestoneOfTheBundledReportHasADotAndALabel(_ size: ChartSize) throws {
        let report = try ChartFixture.bundled()
        let drawing = try TimelineChart().layout(report, on: ChartCanvas(size), measurer: ChartFixture.measurer())
        let milestones = report.cases.flatMap(\.milestones)
        let dots = drawing.marks.filter { if case .circle = $0 { true } else { false } }
        #expect(dots.count == milestones.count)
        for milestone in milestones {
            #expect(drawing.textRuns.contains { $0.text == "\(milestone.year) \(milestone.event.zh)" })
        }
        #expect(!drawing.textRuns.contains { $0.text.hasPrefix("另有") })
    }

    @Test func casesThatDoNotFitAreCountedInANote() throws {
        let report = ChartFixture.synthetic(cases: 30)
        let drawing = try TimelineChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let note = try #require(drawing.textRuns.first { $0.text.hasPrefix("另有") })
        let lanes = report.cases.filter { item in drawing.textRuns.contains { $0.text == item.city.zh } }.count
        #expect(note.text.hasPrefix("另有\(30 - lanes)个案例"))
    }
}
