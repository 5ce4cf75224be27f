import Foundation
import SDGBriefCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes artifacts into the output directory all or nothing: every file is
/// first written in full to a temporary name beside its final one and flushed
/// to disk; only when all are written are they renamed into place. A full
/// disk or any other failure removes the temporary files and leaves the
/// directory as it was; a file under its final name is always complete.
///
/// Written with POSIX calls rather than `Data.write(options: .atomic)` because
/// the failure has to be told apart (a full disk from a read-only directory),
/// the renames must wait until every file is written, and temporary files
/// need names we recognise: a run killed with SIGKILL cannot clean up after
/// itself, so the next run removes what it left.
public struct OutputDirectory {
    /// How temporary files begin, so that a later run, or `verify`, knows them.
    public static let temporaryPrefix = ".sdgbrief-partial-"

    /// As given.
    public let path: String
    /// Absolute.
    public let url: URL
    /// Folders this run created, parents first, so a failed run can take them away again.
    private var createdFolders: [URL] = []
    /// Held from `prepare` on, so another export into the same directory waits.
    private var lock: DirectoryLock?

    /// Touches nothing until `prepare`.
    public init(path: String) {
        self.path = path
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// Creates the directory (not its parents: a missing parent is more often a
    /// typo than an intent), waits for any other export into it to finish,
    /// and removes temporary files a killed run left.
    public mutating func prepare(onWait: () -> Void = {}) throws(ExportError) {
        // An empty path is the current directory to the file system, which is
        // never what an empty `-o ""` (an unset shell variable) meant.
        guard !path.isEmpty else {
            throw .usage("the output directory is empty (\"\"); name a directory, such as Output")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .cannotCreateOutput("cannot write to \(url.path): a file is in the way of the output directory")
            }
        } else {
            let parent = url.deletingLastPathComponent()
            guard FileManager.default.fileExists(atPath: parent.path) else {
                throw .cannotCreateOutput("cannot create output directory \(url.path): its parent \(parent.path) does not exist")
            }
            if mkdir(url.path, 0o755) == 0 {
                createdFolders.append(url)
            } else if errno == EEXIST, FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                // Another export started at the same moment made it first; the
                // lock below makes this one wait for it.
            } else {
                throw .cannotCreateOutput("cannot create output directory \(url.path): \(String(cString: strerror(errno)))")
            }
        }
        if access(url.path, W_OK) != 0 {
            throw .cannotCreateOutput("cannot write to output directory \(url.path): \(String(cString: strerror(errno)))")
        }
        lock = try DirectoryLock(url, onWait: onWait)
        removeLeftovers(in: url)
    }

    /// Where exporters stream their files until `commit` puts them in place.
    func staging(onProgress: (@Sendable (Int, ExportProgress) -> Void)? = nil) -> OutputStaging {
        OutputStaging(root: url, createdFolders: createdFolders, onProgress: onProgress)
    }

    /// Writes every artifact; returns the paths written, relative to the directory.
    mutating func write(_ artifacts: [Artifact]) throws(ExportError) -> [String] {
        for artifact in artifacts {
            guard ArtifactPath.isSafe(artifact.path) else {
                throw .software("refusing to write \"\(artifact.path)\": an exporter produced a path outside the output directory")
            }
        }
        let staging = staging()
        do {
            let sink = staging.sink(forExporter: 0)
            for artifact in artifacts { try sink.write(artifact) }
        } catch {
            staging.abandon()
            throw error as? ExportError ?? .software("\(error)")
        }
        return try commit(staging).map(\.path)
    }

    /// Renames every staged file into place, in the order the exporters wrote
    /// them; returns them. When a rename fails, the files not yet renamed are
    /// removed.
    mutating func commit(_ staging: OutputStaging) throws(ExportError) -> [OutputStaging.StagedFile] {
        let (staged, folders) = try staging.committing { (staged, folders) throws(ExportError) in
            for (index, file) in staged.enumerated() where rename(file.temporary.path, file.destination.path) != 0 {
                let code = errno
                for remaining in staged[index...] { unlink(remaining.temporary.path) }
                throw Self.failure(code, writing: file.destination)
            }
            return (staged, folders)
        }
        createdFolders = folders
        return staged
    }

    static func failure(_ code: Int32, writing destination: URL) -> ExportError {
        let reason = String(cString: strerror(code))
        switch code {
        case EACCES, EPERM, EROFS, ENOTDIR, EISDIR:
            return .cannotCreateOutput("cannot write \(destination.path): \(reason)")
        default:
            return .io("writing \(destination.path) failed: \(reason); nothing was written")
        }
    }

    /// Removes temporary files of runs that are over. The name carries the
    /// writer's process id; a file of a process still running belongs to an
    /// export in progress into the same directory and is left alone.
    private func removeLeftovers(in folder: URL) {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return }
        for case let relative as String in enumerator {
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix(Self.temporaryPrefix) else { continue }
            let pid = name.dropFirst(Self.temporaryPrefix.count).prefix { $0.isNumber }
            if let pid = pid_t(pid), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM { continue }
            unlink(folder.appendingPathComponent(relative).path)
        }
    }
}
