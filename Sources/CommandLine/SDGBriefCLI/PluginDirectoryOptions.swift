import ArgumentParser
import Foundation

/// Where external exporters are looked for: all that `formats` needs.
struct PluginDirectoryOptions: ParsableArguments {
    @Option(name: .customLong("plugin-dir"), help: ArgumentHelp(
        "A directory of external exporters (sdgbrief-export-<name>); repeatable. Searched before $SDGBRIEF_PLUGIN_PATH and $PATH.",
        valueName: "dir"), completion: .directory)
    var pluginDirectories: [String] = []

    /// What the search finds, after telling on standard error of every file
    /// named like an external exporter that will not be used, and why: a
    /// plugin that silently does not appear is the hardest mistake to find.
    func find(arguments: [String] = [], timeout: Double = 60) throws(CLIError) -> [ExternalExporter] {
        let findings = try PluginSearch(pluginDirectories: pluginDirectories, reportInput: pluginReportInput)
            .find(arguments: arguments, timeout: timeout)
        for note in findings.ignoredFiles { StandardError.write("note: \(note)") }
        return findings.exporters
    }

    /// Refuses a `--plugin-dir` that is not a directory, without searching.
    func checkDirectories() throws(CLIError) {
        try PluginSearch.checkDirectories(pluginDirectories)
    }
}
