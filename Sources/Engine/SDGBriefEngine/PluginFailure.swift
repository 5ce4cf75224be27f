import SDGBriefCore

/// An external exporter that failed or broke its contract, told the way the
/// user can act on it: which plugin, what went wrong, and what it said.
struct PluginFailure: Error, CustomStringConvertible {
    /// Lines of the plugin's standard error shown at most; the rest is summarised.
    static let shownLines = 20
    static let shownCharacters = 4096

    var name: String
    var executable: String
    var reason: String
    var standardError: String = ""
    var standardErrorTruncated = false

    var lines: [String] {
        // The reason can quote file names the plugin chose: sanitised like what it said.
        var lines = [TerminalText.singleLine("external exporter \(name) (\(executable)) failed: \(reason); nothing was written")]
        var said = standardError.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while said.last?.isEmpty == true { said.removeLast() }
        var truncated = standardErrorTruncated
        if said.count > Self.shownLines {
            said = Array(said.prefix(Self.shownLines))
            truncated = true
        }
        var budget = Self.shownCharacters
        for line in said {
            guard budget > 0 else {
                truncated = true
                break
            }
            // A plugin's escape sequences must not drive the user's terminal.
            var line = line
            // Programs often start their messages with their own name; said once is enough.
            for own in ["\(name): ", "\(PluginContract.executablePrefix)\(name): "] where line.hasPrefix(own) {
                line = String(line.dropFirst(own.count))
            }
            let shown = TerminalText.singleLine(String(line.prefix(budget)))
            budget -= min(line.count, budget)
            if line.count > budget { truncated = true }
            lines.append("\(name): \(shown)")
        }
        if truncated { lines.append("\(name): … (standard error truncated)") }
        return lines
    }

    var description: String { lines.joined(separator: "\n") }
}
