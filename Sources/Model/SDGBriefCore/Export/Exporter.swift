/// Renders a report into one output format.
///
/// An exporter is a pure function of the report and the options: the same
/// inputs give the same artifacts, byte for byte. To add a format, write a
/// target with one type conforming to this protocol and add it to the
/// built-in registry (see CONTRIBUTING.md).
public protocol Exporter: Sendable {
    /// The name users pass to `--format`: lowercase, no spaces.
    var name: String { get }
    /// One line for `sdgbrief formats`.
    var summary: String { get }
    func export(_ report: Report, options: ExportOptions) throws -> [Artifact]
    /// Writes the same files into `sink` as they are produced. Exporters whose
    /// output grows with the report (the PDF, the tables, the text, JSON and Markdown) implement
    /// it so that memory stays flat; the default writes what
    /// `export(_:options:)` returns, so any exporter works with a sink.
    func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws
    /// Problems this exporter would meet with `report`, found before
    /// anything is written, so that they are reported with the report's own
    /// mistakes, each at its line (text the exporter's font cannot draw, say).
    func preflight(_ report: Report, options: ExportOptions) -> [ValidationIssue]
    /// Rough relative cost on a typical report (0 for the cheapest): the
    /// engine starts the costliest first, so that the cheap ones fill in
    /// beside them and the cores finish together.
    var costHint: Int { get }
}

extension Exporter {
    /// Nothing to check beyond what the loader checks.
    public func preflight(_ report: Report, options: ExportOptions) -> [ValidationIssue] { [] }

    /// As cheap as a table.
    public var costHint: Int { 0 }

    public func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws {
        for artifact in try export(report, options: options) {
            try sink.write(artifact)
        }
    }

    /// Collects what the sink variant writes, for exporters that implement it.
    public func collectingArtifacts(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        let sink = MemoryArtifactSink()
        try export(report, options: options, into: sink)
        return sink.artifacts
    }
}
