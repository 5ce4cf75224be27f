import SDGBriefCore

/// Looks exporters up by the names users type.
struct ExporterRegistry {
    let exporters: [any Exporter]

    init(_ exporters: [any Exporter] = builtinExporters) {
        self.exporters = exporters
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
