import SDGBriefCore

/// Looks exporters up by the names users type.
public struct ExporterRegistry: Sendable {
    /// The built-in ones first, in their order, then the external ones.
    public let exporters: [any Exporter]
    /// External exporters not used because a built-in format has their name:
    /// what sdgbrief ships is never replaced behind the user's back.
    public let shadowed: [ExternalExporter]

    /// `exporters` are the built-in formats, in the order they are listed
    /// and written; the engine knows none of them by itself.
    public init(_ exporters: [any Exporter], external: [ExternalExporter] = []) {
        let builtinNames = Set(exporters.map(\.name))
        self.exporters = exporters + external.filter { !builtinNames.contains($0.name) }
        shadowed = external.filter { builtinNames.contains($0.name) }
    }

    /// Every format name, in order.
    public var names: [String] { exporters.map(\.name) }

    /// The exporters named in `requests` (each may be a comma list), in the
    /// registry's order, each once; when nothing is requested, every built-in
    /// one. External exporters run only when named: a program that happens to
    /// be on PATH must not run, nor change what a plain export writes.
    public func select(_ requests: [String]) throws(ExportError) -> [any Exporter] {
        let wanted = Self.names(in: requests)
        if wanted.isEmpty { return exporters.filter { !($0 is ExternalExporter) } }
        let unknown = wanted.filter { name in !names.contains(name) }
        if let first = unknown.first {
            throw ExportError.usage(
                "unknown format \"\(first)\" (known formats: \(names.joined(separator: ", ")); an external exporter named \(first) would be an executable sdgbrief-export-\(first) on PATH or in --plugin-dir)")
        }
        return exporters.filter { wanted.contains($0.name) }
    }

    /// Whether `requests` name a format this registry does not hold: only
    /// then can an export of them need an external exporter.
    public func lacksAny(of requests: [String]) -> Bool {
        let known = Set(names)
        return Self.names(in: requests).contains { !known.contains($0) }
    }

    /// The format names in `requests`, each of which may be a comma list, as
    /// users type them: any case, spaces around commas.
    private static func names(in requests: [String]) -> [String] {
        requests
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
    }
}
