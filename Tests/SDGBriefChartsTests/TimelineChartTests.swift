import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct TimelineChartTests {
    /// Each milestone has a dot, its year, and its label whole or shortened
    /// at a safe cut with one "…".
    @Test(arguments: ChartSize.allCases)
    func everyMilestoneOfTheBundledReportHasADotAYearAndALabel(_ size: ChartSize) throws {
        let report = try ChartFixture.bundled()
        let drawing = try TimelineChart().layout(report, on: ChartCanvas(size), measurer: ChartFixture.measurer())
        let milestones = report.cases.flatMap(\.milestones)
        let dots = drawing.marks.filter { if case .circle = $0 { true } else { false } }
        #expect(dots.count == milestones.count)
        let texts = drawing.textRuns.map(\.text)
        for milestone in milestones {
            #expect(texts.contains(String(milestone.year)))
            let label = TimelineChart.label(milestone)
            #expect(texts.contains { $0 == label || ($0.hasSuffix("…") && $0.count > 1 && label.hasPrefix($0.dropLast())) }, "\(label)")
        }
        #expect(!texts.contains { $0.hasPrefix("另有") })
    }

    /// With short titles the timeline shows every one in full.
    @Test(arguments: ChartSize.allCases)
    func titlesAreShownWhole(_ size: ChartSize) throws {
        var report = try ChartFixture.bundled()
        for c in report.cases.indices {
            for m in report.cases[c].milestones.indices {
                let milestone = report.cases[c].milestones[m]
                report.cases[c].milestones[m].title = LocalizedText(zh: String(milestone.event.zh.prefix(9)))
            }
        }
        let drawing = try TimelineChart().layout(report, on: ChartCanvas(size), measurer: ChartFixture.measurer())
        let texts = drawing.textRuns.map(\.text)
        for milestone in report.cases.flatMap(\.milestones) {
            #expect(texts.contains(milestone.title!.zh), "\(milestone.title!.zh)")
        }
    }

    /// Without a title, a label that fits two lines wraps onto the second
    /// rather than being cut.
    @Test func aLongLabelWrapsRatherThanBeingCut() throws {
        var report = ChartFixture.synthetic(cases: 2)
        let event = "市政府与社区团体签署合作备忘录并启动全市范围的试点项目，惠及3000多人"
        report.cases[0].milestones = [Milestone(year: 2001, event: LocalizedText(zh: event))]
        report.cases[1].milestones = [Milestone(year: 2003, event: LocalizedText(zh: "启动试点"))]
        let drawing = try TimelineChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let run = try #require(drawing.textRuns.first { $0.text == event })
        #expect(run.metrics.lineCount == 2)
    }

    @Test func casesThatDoNotFitAreCountedInANote() throws {
        let report = ChartFixture.synthetic(cases: 30)
        let drawing = try TimelineChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let note = try #require(drawing.textRuns.first { $0.text.hasPrefix("另有") })
        let lanes = report.cases.filter { item in drawing.textRuns.contains { $0.text == item.city.zh } }
        let hidden = report.cases.filter { item in !lanes.contains(item) }
        #expect(note.text == "另有\(hidden.count)个案例的\(hidden.reduce(0) { $0 + $1.milestones.count })个里程碑未显示")
        // What is shown is shown whole: every milestone of a shown case has its dot.
        let dots = drawing.marks.filter { if case .circle = $0 { true } else { false } }
        #expect(dots.count == lanes.reduce(0) { $0 + $1.milestones.count })
    }
}
