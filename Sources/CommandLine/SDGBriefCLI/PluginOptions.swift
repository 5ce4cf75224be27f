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

    /// The external exporters an export of `requests` may run. Only a format
    /// sdgbrief does not ship can name one, so when every request is
    /// built-in nothing is looked for: the search lists every directory on
    /// `PATH`, a few thousand entries, a twentieth of a text export's time.
    func externalExporters(for requests: [String]) throws(CLIError) -> [ExternalExporter] {
        guard pluginTimeout > 0, pluginTimeout <= 86_400 else {
            throw .usage("--plugin-timeout must be between 0 and 86400 seconds, not \(MetricFormatter.plainNumber(pluginTimeout))")
        }
        guard ExporterRegistry().lacksAny(of: requests) else {
            try directories.checkDirectories()
            return []
        }
        return try directories.find(arguments: pluginArguments, timeout: pluginTimeout)
    }
}
