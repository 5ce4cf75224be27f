import Foundation
import SDGBriefCore

/// What sdgbrief promises an external exporter and expects of it, version 1.
/// docs/extending.md is the user's description of the same contract; a change
/// that could break a plugin written against it raises `apiVersion`.
enum PluginContract {
    static let apiVersion = 1
    /// An executable named `sdgbrief-export-<name>` is the exporter `<name>`.
    static let executablePrefix = "sdgbrief-export-"
    /// Colon-separated directories searched before PATH.
    static let searchPathVariable = "SDGBRIEF_PLUGIN_PATH"

    /// Past this a plugin is a runaway: killed, and the export fails.
    static let streamLimit = 1 << 20
    /// What sdgbrief keeps of standard error to show the user.
    static let keptStandardError = 64 * 1024
    static let maximumTotalSize = 512 << 20
    static let maximumFileCount = 10_000

    /// The user's variables a program needs to run at all, and nothing else:
    /// a plugin sees neither the user's tokens nor settings meant for other tools.
    static let passedThrough = ["PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TZ"]

    /// Names are what users type after `--format`: lowercase, no dots, so
    /// `sdgbrief-export-html.bak` is never taken for a format.
    static func formatName(ofExecutable fileName: String) -> String? {
        guard fileName.hasPrefix(executablePrefix) else { return nil }
        let name = String(fileName.dropFirst(executablePrefix.count))
        guard let first = name.unicodeScalars.first, CharacterSet.lowercaseLetters.contains(first) || CharacterSet.decimalDigits.contains(first),
            name.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" })
        else { return nil }
        return name
    }

    /// The plugin's whole environment: the pass-through variables from
    /// `inherited`, then the contract's.
    static func environment(
        format: String, outputDirectory: String, scratchDirectory: String, options: ExportOptions,
        inherited: [String: String] = ProcessInfo.processInfo.environment
    ) -> [String: String] {
        var environment = inherited.filter { passedThrough.contains($0.key) }
        environment["TMPDIR"] = scratchDirectory
        environment["SDGBRIEF_PLUGIN_API"] = String(apiVersion)
        environment["SDGBRIEF_VERSION"] = SDGBriefVersion.current
        environment["SDGBRIEF_FORMAT"] = format
        environment["SDGBRIEF_FORMATS"] = options.formats.joined(separator: ",")
        environment["SDGBRIEF_OUTPUT_DIR"] = outputDirectory
        environment["SDGBRIEF_LANGUAGE"] = options.language
        if let date = options.date {
            environment["SOURCE_DATE_EPOCH"] = String(Int64(date.timeIntervalSince1970))
        }
        // Named after the command-line flags, so the user's words carry over.
        environment["SDGBRIEF_OPTION_WIDTH"] = String(options.textWidth)
        environment["SDGBRIEF_OPTION_CSV_PROFILE"] = options.csvProfile.rawValue
        environment["SDGBRIEF_OPTION_SIZE"] = options.chartSize.rawValue
        environment["SDGBRIEF_OPTION_THEME"] = options.chartTheme.rawValue
        environment["SDGBRIEF_OPTION_SCALE"] = MetricFormatter.plainNumber(options.pngScale)
        environment["SDGBRIEF_OPTION_CHART"] = options.charts.joined(separator: ",")
        if let metric = options.chartMetric { environment["SDGBRIEF_OPTION_METRIC"] = metric }
        environment["SDGBRIEF_OPTION_PAPER"] = options.paper.rawValue
        return environment
    }
}
