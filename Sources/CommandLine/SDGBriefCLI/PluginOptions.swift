import ArgumentParser
import Foundation
import SDGBriefCore

/// Where external exporters are looked for, and how they are run.
struct PluginOptions: ParsableArguments {
    @OptionGroup var directories: PluginDirectoryOptions

    @Option(name: .customLong("plugin-timeout"), help: ArgumentHelp(
        "Seconds an external exporter may run before it is stopped.", valueName: "seconds"))
    var pluginTimeout: Double = 60

    @Option(name: .customLong("plugin-arg"), help: ArgumentHelp(
        "An argument passed to every external exporter run; repeatable.", valueName: "arg"))
    var pluginArguments: [String] = []

    func externalExporters() throws(CLIError) -> [ExternalExporter] {
        guard pluginTimeout > 0, pluginTimeout <= 86_400 else {
            throw .usage("--plugin-timeout must be between 0 and 86400 seconds, not \(MetricFormatter.plainNumber(pluginTimeout))")
        }
        return try directories.search().exporters(arguments: pluginArguments, timeout: pluginTimeout)
    }
}
