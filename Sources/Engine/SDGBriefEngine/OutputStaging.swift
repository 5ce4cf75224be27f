import Foundation
import SDGBriefCore
import Synchronization

/// The sink exporters stream into: each file goes straight to a temporary
/// name beside its final one, hashed as it is written, so nothing an export
/// produces is held in memory. `OutputDirectory` renames the files into place
/// only once every exporter has finished (`commit`), or removes them all
/// (`abandon`).
///
/// Exporters run on several threads at once; the shared state is behind a mutex.
final class OutputStaging: Sendable {
    /// A file written in full under its temporary name.
    struct StagedFile: Sendable {
        var path: String
        var temporary: URL
        var destination: URL
        var size: Int
        var sha256: String
        /// Which exporter wrote it and when: files are listed in exporter order.
        var order: (exporter: Int, sequence: Int)
    }

    private struct State {
        var files: [StagedFile] = []
        var open: Set<URL> = []
        var createdFolders: [URL]
        var counter = 0
        /// Once abandoned (a failure, or a signal), no new file may begin:
        /// an exporter still running must not leave one behind.
        var isAbandoned = false
    }

    let root: URL
    private let state: Mutex<State>
    /// Called with every exporter's progress, from its thread.
    let onProgress: (@Sendable (Int, ExportProgress) -> Void)?

    init(root: URL, createdFolders: [URL], onProgress: (@Sendable (Int, ExportProgress) -> Void)? = nil) {
        self.root = root
        state = Mutex(State(createdFolders: createdFolders))
        self.onProgress = onProgress
    }

    /// The sink one exporter writes into.
    func sink(forExporter index: Int) -> Section {
        Section(staging: self, exporter: index)
    }

    var stagedFiles: [StagedFile] {
        state.withLock { state in
            state.files.sorted { ($0.order.exporter, $0.order.sequence) < ($1.order.exporter, $1.order.sequence) }
        }
    }

    var folders: [URL] { state.withLock { $0.createdFolders } }

    /// Removes every temporary file, finished or not, and the folders this
    /// run made, and refuses any file begun afterwards. Safe to call from a
    /// signal's handler queue while exporters are still writing.
    func abandon() {
        state.withLock { state in
            state.isAbandoned = true
            for file in state.files { unlink(file.temporary.path) }
            for url in state.open { unlink(url.path) }
            state.files = []
            state.open = []
            for folder in state.createdFolders.reversed() { rmdir(folder.path) }
            state.createdFolders = []
        }
    }

    /// Runs `body` (the renames into place) where `abandon` cannot interleave
    /// with it: a signal that arrives meanwhile waits until every file is in
    /// place, so the directory is either as it was or fully written.
    func committing<T>(_ body: ([StagedFile], [URL]) throws(ExportError) -> T) throws(ExportError) -> T {
        try state.withLock { (state: inout State) throws(ExportError) -> T in
            let staged = state.files.sorted { ($0.order.exporter, $0.order.sequence) < ($1.order.exporter, $1.order.sequence) }
            let result = try body(staged, state.createdFolders)
            // Committed: nothing is left to take back.
            state.files = []
            state.isAbandoned = true
            return result
        }
    }

    fileprivate func begin(_ path: String, exporter: Int) throws(ExportError) -> FileStream {
        guard ArtifactPath.isSafe(path) else {
            throw .software("refusing to write \"\(path)\": an exporter produced a path outside the output directory")
        }
        let destination = root.appendingPathComponent(path)
        let folder = destination.deletingLastPathComponent()
        // The file is created with the mutex held, so that `abandon` either
        // sees it or stops it from being made.
        let (descriptor, temporary, sequence) = try state.withLock { (state: inout State) throws(ExportError) -> (Int32, URL, Int) in
            guard !state.isAbandoned else { throw .io("the export was stopped") }
            try Self.createFolder(folder, noting: &state.createdFolders)
            // Checked now, while nothing is renamed yet: renaming a file onto a
            // folder is the one way the rename phase could fail half-way.
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder), isFolder.boolValue {
                throw .cannotCreateOutput("cannot write \(destination.path): a folder is in the way")
            }
            state.counter += 1
            // The counter keeps two streams of one path (the SVG and PNG
            // exporters both write a chart's alt text) apart until compared.
            let temporary = folder.appendingPathComponent(
                "\(OutputDirectory.temporaryPrefix)\(getpid())-\(state.counter)-\(destination.lastPathComponent)")
            let descriptor = SystemCalls.open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw OutputDirectory.failure(errno, writing: destination) }
            state.open.insert(temporary)
            return (descriptor, temporary, state.counter)
        }
        return FileStream(
            staging: self, descriptor: descriptor,
            file: StagedFile(path: path, temporary: temporary, destination: destination, size: 0, sha256: "", order: (exporter, sequence)))
    }

    /// Records a finished file. The same path with the same bytes from two
    /// exporters is one file; with different bytes it is a bug, never
    /// silently resolved.
    fileprivate func finished(_ file: StagedFile) throws(ExportError) {
        try state.withLock { (state: inout State) throws(ExportError) in
            state.open.remove(file.temporary)
            if state.isAbandoned {
                unlink(file.temporary.path)
                throw .io("the export was stopped")
            }
            if let earlier = state.files.first(where: { $0.path == file.path }) {
                unlink(file.temporary.path)
                guard earlier.sha256 == file.sha256, earlier.size == file.size else {
                    throw .software("two exporters wrote different contents to \(file.path)")
                }
                return
            }
            state.files.append(file)
        }
    }

    fileprivate func discard(_ temporary: URL) {
        unlink(temporary.path)
        _ = state.withLock { $0.open.remove(temporary) }
    }

    /// Creates `folder` and any missing parents below the output directory,
    /// noting each. Called with the mutex held.
    private static func createFolder(_ folder: URL, noting created: inout [URL]) throws(ExportError) {
        if FileManager.default.fileExists(atPath: folder.path) { return }
        try createFolder(folder.deletingLastPathComponent(), noting: &created)
        if mkdir(folder.path, 0o755) != 0, errno != EEXIST {
            throw OutputDirectory.failure(errno, writing: folder)
        }
        created.append(folder)
    }

    /// One exporter's view of the staging area: numbers its files and tags its progress.
    final class Section: ArtifactSink, Sendable {
        let staging: OutputStaging
        let exporter: Int

        init(staging: OutputStaging, exporter: Int) {
            self.staging = staging
            self.exporter = exporter
        }

        func begin(_ path: String) throws -> any ArtifactStream {
            try staging.begin(path, exporter: exporter)
        }

        func progress(_ progress: ExportProgress) {
            staging.onProgress?(exporter, progress)
        }
    }

    /// Writes one file: buffered, then written and hashed on the queue of
    /// its `StagedFileWriter`, flushed to disk at the end. Not `Sendable`, as
    /// no `ArtifactStream` is: one thread at a time writes it.
    final class FileStream: ArtifactStream {
        /// Cairo and the table writers hand over small pieces; a write(2) per
        /// piece would cost more than drawing them.
        static let bufferSize = 256 * 1024

        let staging: OutputStaging
        private let writer: StagedFileWriter
        private var file: StagedFile
        private var buffer = Data()
        private var isDone = false

        fileprivate init(staging: OutputStaging, descriptor: Int32, file: StagedFile) {
            self.staging = staging
            self.writer = StagedFileWriter(descriptor: descriptor, destination: file.destination)
            self.file = file
            buffer.reserveCapacity(Self.bufferSize)
        }

        deinit {
            // Dropped unfinished: its exporter failed; leave nothing behind.
            if !isDone {
                _ = writer.drain()
                close(writer.descriptor)
                staging.discard(file.temporary)
            }
        }

        func write(_ data: Data) throws {
            if buffer.isEmpty, data.count >= Self.bufferSize {
                try writer.handOver(data)
                return
            }
            buffer.append(data)
            if buffer.count >= Self.bufferSize {
                try writer.handOver(buffer)
                buffer = Data()
                buffer.reserveCapacity(Self.bufferSize)
            }
        }

        func finish() throws {
            if !buffer.isEmpty { try writer.handOver(buffer) }
            buffer = Data()
            var result = writer.drain()
            isDone = true
            if case .success = result, fsync(writer.descriptor) != 0 {
                result = .failure(OutputDirectory.failure(errno, writing: file.destination))
            }
            if close(writer.descriptor) != 0, case .success = result {
                result = .failure(OutputDirectory.failure(errno, writing: file.destination))
            }
            switch result {
            case .failure(let failure):
                staging.discard(file.temporary)
                throw failure
            case .success(let written):
                file.size = written.size
                file.sha256 = written.sha256
                try staging.finished(file)
            }
        }
    }
}
