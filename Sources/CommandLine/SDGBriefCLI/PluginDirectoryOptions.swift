import ArgumentParser
import Foundation

/// Where external exporters are looked for: all that `formats` needs.
struct PluginDirectoryOptions: ParsableArguments {
    @Option(name: .customLong("plugin-dir"), help: ArgumentHelp(
        "A directory of external exporters (sdgbrief-export-<name>); repeatable. Searched before $SDGBRIEF_PLUGIN_PATH and $PATH.",
        valueName: "dir"), completion: .directory)
    var pluginDirectories: [String] = []

    /// The search, after telling on standard error of every file named like
    /// an external exporter that will not be used, and why: a plugin that
    /// silently does not appear is the hardest mistake to find.
    func search() throws(CLIError) -> PluginSearch {
        let search = try PluginSearch(pluginDirectories: pluginDirectories, reportInput: pluginReportInput)
        for note in search.ignoredFiles() { StandardError.write("note: \(note)") }
        return search
    }
}
