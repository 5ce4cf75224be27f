import SDGBriefCore

/// One exporter writing one language's edition into a folder of its own
/// (`en/…`), so that one export run can write several editions side by side
/// under one manifest.
struct EditionExporter: Exporter {
    let inner: any Exporter
    let language: String

    var name: String { "\(inner.name) (\(language))" }
    var summary: String { inner.summary }

    func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        try collectingArtifacts(report, options: options)
    }

    func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws {
        var edition = options
        edition.language = language
        try inner.export(report, options: edition, into: FolderSink(folder: language, inner: sink))
    }

    /// Puts every file an exporter writes under `folder/`.
    private final class FolderSink: ArtifactSink {
        let folder: String
        let inner: any ArtifactSink

        init(folder: String, inner: any ArtifactSink) {
            self.folder = folder
            self.inner = inner
        }

        func begin(_ path: String) throws -> any ArtifactStream {
            try inner.begin(folder + "/" + path)
        }

        func progress(_ progress: ExportProgress) {
            inner.progress(progress)
        }
    }
}
