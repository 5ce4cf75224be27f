import Foundation

/// Where an exporter writes its files as it produces them, so that a brief of
/// thousands of pages or a table of a million rows never has to be held whole
/// in memory. The command line's sink writes each stream straight to its
/// temporary file; `MemoryArtifactSink` collects artifacts for tests and for
/// `Exporter.export(_:options:)`.
///
/// A sink may be used from several threads at once, one exporter on each,
/// or more where an exporter writes files in parallel; a stream is used by
/// one thread at a time, which need not be the one that began it.
public protocol ArtifactSink: AnyObject, Sendable {
    /// Starts the file at `path` (relative, `/`-separated, as `Artifact.path`).
    func begin(_ path: String) throws -> any ArtifactStream
    /// How far the exporter has got, for a progress display; may be ignored.
    func progress(_ progress: ExportProgress)
}

extension ArtifactSink {
    public func progress(_ progress: ExportProgress) {}

    /// Writes a whole artifact as one stream.
    public func write(_ artifact: Artifact) throws {
        let stream = try begin(artifact.path)
        try stream.write(artifact.contents)
        try stream.finish()
    }
}
