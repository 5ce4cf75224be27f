import ArgumentParser
import SDGBriefCore

struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the formats export can write."
    )

    func run() {
        let registry = ExporterRegistry()
        let width = registry.names.map(\.count).max() ?? 0
        for exporter in registry.exporters {
            let padding = String(repeating: " ", count: width - exporter.name.count)
            print("\(exporter.name)\(padding)  \(exporter.summary)")
        }
    }
}
