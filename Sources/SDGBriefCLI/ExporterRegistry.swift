import SDGBriefCore

/// Looks exporters up by the names users type.
struct ExporterRegistry {
    let exporters: [any Exporter]
    /// External exporters not used because a built-in format has their name:
    /// what sdgbrief ships is never replaced behind the user's back.
    let shadowed: [ExternalExporter]

    init(_ exporters: [any Exporter] = builtinExporters, external: [ExternalExporter] = []) {
        let builtinNames = Set(exporters.map(\.name))
        self.exporters = exporters + external.filter { !builtinNames.contains($0.name) }
        shadowed = external.filter { builtinNames.contains($0.name) }
    }

    var names: [String] { exporters.map(\.name) }

    /// The exporters named in `requests` (each may be a comma list), in the
    /// registry's order, each once; every exporter when nothing is requested.
    func select(_ requests: [String]) throws(CLIError) -> [any Exporter] {
        let wanted = requests
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
        if wanted.isEmpty { return exporters }
        let unknown = wanted.filter { name in !names.contains(name) }
        if let first = unknown.first {
            throw CLIError.usage("unknown format \"\(first)\" (known formats: \(names.joined(separator: ", ")))")
        }
        return exporters.filter { wanted.contains($0.name) }
    }
}
