import ArgumentParser
import SDGBriefCore

struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "List the formats export can write, built-in and external."
    )

    @OptionGroup var plugins: PluginDirectoryOptions

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            let registry = ExporterRegistry(external: try plugins.find())
            let width = registry.names.map(\.count).max() ?? 0
            for exporter in registry.exporters {
                let padding = String(repeating: " ", count: width - exporter.name.count)
                print("\(exporter.name)\(padding)  \(exporter.summary)")
            }
            // On standard error, so that a script reading the names reads each once.
            for plugin in registry.shadowed {
                StandardError.write("note: \(plugin.executable.path) is not used: the built-in format \(plugin.name) has its name")
            }
        }
    }
}
