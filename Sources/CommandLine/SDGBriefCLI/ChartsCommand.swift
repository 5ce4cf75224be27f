import ArgumentParser
import SDGBriefCharts

struct ChartsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charts",
        abstract: "List the charts export can draw, for --chart."
    )

    func run() {
        let width = ChartCatalog.ids.map(\.count).max() ?? 0
        for chart in ChartCatalog.all {
            let padding = String(repeating: " ", count: width - chart.id.count)
            print("\(chart.id)\(padding)  \(chart.title)")
        }
    }
}
