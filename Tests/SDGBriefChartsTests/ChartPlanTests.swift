import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct ChartPlanTests {
    /// The bundled report without dated milestones: the timeline has nothing to show.
    static func withoutMilestones() throws -> Report {
        var report = try ChartFixture.bundled()
        for index in report.cases.indices { report.cases[index].milestones = [] }
        return report
    }

    @Test func aPlainPlanDrawsEveryChartTheReportGivesSomethingToShow() throws {
        let report = try ChartFixture.bundled()
        let plan = try ChartPlan(report, options: ExportOptions())
        #expect(plan.ids == ChartCatalog.ids)
        #expect(plan.leftOut.isEmpty)
        #expect(plan.leftOutNote == nil)
    }

    @Test func aPlainPlanLeavesOutEmptyChartsAndSaysWhich() throws {
        let report = try Self.withoutMilestones()
        let plan = try ChartPlan(report, options: ExportOptions())
        #expect(plan.ids == ChartCatalog.ids.filter { $0 != "timeline" })
        #expect(plan.leftOut.map(\.id) == ["timeline"])
        #expect(plan.leftOutNote == "charts not drawn, as this report gives it nothing to show: timeline")
        // Every chart of the catalogue is either drawn or left out, never both.
        #expect(Set(plan.ids).union(plan.leftOut.map(\.id)) == Set(ChartCatalog.ids))
        for chart in plan.charts { #expect(chart.hasData(report, on: plan.canvas)) }
    }

    @Test func namedChartsAreDrawnInCatalogueOrderEachOnce() throws {
        let report = try ChartFixture.bundled()
        let options = ExportOptions(charts: ["timeline, sdg-coverage", " timeline ", "", "map"])
        let plan = try ChartPlan(report, options: options)
        #expect(plan.ids == ["sdg-coverage", "timeline", "map"])
        #expect(plan.leftOut.isEmpty)
    }

    @Test func aNamedChartTheReportLeavesEmptyIsRefused() throws {
        let report = try Self.withoutMilestones()
        #expect {
            _ = try ChartPlan(report, options: ExportOptions(charts: ["sdg-coverage", "timeline"]))
        } throws: { error in
            let failure = error as? ExportFailure
            return failure?.kind == .invalidOption && failure?.message == "--chart timeline: this report gives the chart nothing to show"
        }
    }

    @Test func requestedIDsSplitsCommaListsAndRefusesUnknownOnes() throws {
        #expect(try ChartPlan.requestedIDs(["awards,map", " timeline", ","]) == ["awards", "map", "timeline"])
        #expect(try ChartPlan.requestedIDs([]).isEmpty)
        #expect {
            _ = try ChartPlan.requestedIDs(["awards", "pie"])
        } throws: { error in
            let message = (error as? ExportFailure)?.message ?? ""
            return message.hasPrefix("unknown chart \"pie\"") && ChartCatalog.ids.allSatisfy(message.contains)
        }
    }

    /// The canvas every chart of the plan is drawn on is the one the options ask for.
    @Test func theCanvasFollowsTheOptions() throws {
        let report = try ChartFixture.bundled()
        let options = ExportOptions(language: "en", chartSize: .square, chartTheme: .dark, chartMetric: "population")
        let plan = try ChartPlan(report, options: options)
        #expect(plan.canvas.size == Size(width: ChartSize.square.width, height: ChartSize.square.height))
        #expect(plan.canvas.theme == .dark)
        #expect(plan.canvas.language == "en")
        #expect(plan.canvas.metric == "population")
    }

    /// `--metric` is refused where the population chart would not use it, or
    /// no case states the figure; the plan is not made.
    @Test func aMetricTheComparisonCannotUseIsRefused() throws {
        let report = try ChartFixture.bundled()
        for options in [ExportOptions(charts: ["timeline"], chartMetric: "population"), ExportOptions(chartMetric: "nosuch")] {
            #expect {
                _ = try ChartPlan(report, options: options)
            } throws: { error in
                let failure = error as? ExportFailure
                return failure?.kind == .invalidOption && failure?.message.hasPrefix("--metric ") == true
            }
        }
    }

    /// Comparing another figure changes the chart's title, not its files:
    /// the population chart's files keep its name.
    @Test func everyFileIsNamedAfterItsChartUnderCharts() throws {
        var report = try ChartFixture.bundled()
        let label = LocalizedText(["zh": "绿地面积", "en": "Green area"])
        for index in report.cases.indices.prefix(2) {
            report.cases[index].figures.append(Metric(id: "green", label: label, value: Double(index + 1), unit: .hectare, quote: "q"))
        }
        let plan = try ChartPlan(report, options: ExportOptions(charts: ["population"], chartMetric: "green"))
        let chart = try #require(plan.charts.first)
        #expect(plan.ids == ["population"])
        #expect(chart.title(report, on: plan.canvas) == "绿地面积")
        #expect(plan.path(of: chart, .svg) == "charts/population.svg")
        #expect(plan.path(of: chart, .png) == "charts/population.png")
        #expect(plan.path(of: chart, .altText) == "charts/population.alt.txt")
        #expect(ChartPlan.path(ofChart: "timeline", .svg) == "charts/timeline.svg")
    }
}
