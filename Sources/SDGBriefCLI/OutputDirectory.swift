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
struct OutputDirectory {
    static let temporaryPrefix = ".sdgbrief-partial-"

    let url: URL
    /// Folders this run created, parents first, so a failed run can take them away again.
    private var createdFolders: [URL] = []

    init(path: String) {
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// Creates the directory (not its parents: a missing parent is more often a
    /// typo than an intent) and removes temporary files a killed run left.
    mutating func prepare() throws(CLIError) {
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
            if mkdir(url.path, 0o755) != 0 {
                throw .cannotCreateOutput("cannot create output directory \(url.path): \(String(cString: strerror(errno)))")
            }
            createdFolders.append(url)
        }
        if access(url.path, W_OK) != 0 {
            throw .cannotCreateOutput("cannot write to output directory \(url.path): \(String(cString: strerror(errno)))")
        }
        removeLeftovers(in: url)
    }

    /// Writes every artifact; returns the paths written, relative to the directory.
    mutating func write(_ artifacts: [Artifact]) throws(CLIError) -> [String] {
        for artifact in artifacts {
            guard ArtifactPath.isSafe(artifact.path) else {
                throw .software("refusing to write \"\(artifact.path)\": an exporter produced a path outside the output directory")
            }
        }
        var staged: [(temporary: URL, destination: URL)] = []
        do throws(CLIError) {
            for artifact in artifacts {
                staged.append(try stage(artifact))
            }
        } catch {
            for file in staged { unlink(file.temporary.path) }
            removeCreatedFolders()
            throw error
        }
        for (index, file) in staged.enumerated() where rename(file.temporary.path, file.destination.path) != 0 {
            let code = errno
            for remaining in staged[index...] { unlink(remaining.temporary.path) }
            throw failure(code, writing: file.destination)
        }
        return artifacts.map(\.path)
    }

    /// Takes away the folders this run made, deepest first; `rmdir` leaves any
    /// that hold something, so nothing of the user's can go.
    private func removeCreatedFolders() {
        for folder in createdFolders.reversed() { rmdir(folder.path) }
    }

    /// Writes `artifact` in full under a temporary name in its final folder.
    private mutating func stage(_ artifact: Artifact) throws(CLIError) -> (temporary: URL, destination: URL) {
        let destination = url.appendingPathComponent(artifact.path)
        let folder = destination.deletingLastPathComponent()
        try createFolder(folder)
        // Checked now, while nothing is renamed yet: renaming a file onto a
        // folder is the one way the rename phase could fail half-way.
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isFolder), isFolder.boolValue {
            throw .cannotCreateOutput("cannot write \(destination.path): a folder is in the way")
        }
        let temporary = folder.appendingPathComponent(
            "\(Self.temporaryPrefix)\(getpid())-\(destination.lastPathComponent)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw failure(errno, writing: destination)
        }
        var failedWith: Int32? = nil
        artifact.contents.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failedWith = errno
                    return
                }
                offset += count
            }
        }
        if failedWith == nil, fsync(descriptor) != 0 { failedWith = errno }
        if close(descriptor) != 0, failedWith == nil { failedWith = errno }
        if let code = failedWith {
            unlink(temporary.path)
            throw failure(code, writing: destination)
        }
        return (temporary, destination)
    }

    /// Creates `folder` and any missing parents below the output directory, noting each.
    private mutating func createFolder(_ folder: URL) throws(CLIError) {
        if FileManager.default.fileExists(atPath: folder.path) { return }
        try createFolder(folder.deletingLastPathComponent())
        if mkdir(folder.path, 0o755) != 0 {
            throw failure(errno, writing: folder)
        }
        createdFolders.append(folder)
    }

    private func failure(_ code: Int32, writing destination: URL) -> CLIError {
        let reason = String(cString: strerror(code))
        switch code {
        case EACCES, EPERM, EROFS, ENOTDIR, EISDIR:
            return .cannotCreateOutput("cannot write \(destination.path): \(reason)")
        default:
            return .io("writing \(destination.path) failed: \(reason); nothing was written")
        }
    }

    private func removeLeftovers(in folder: URL) {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return }
        for case let relative as String in enumerator
        where (relative as NSString).lastPathComponent.hasPrefix(Self.temporaryPrefix) {
            unlink(folder.appendingPathComponent(relative).path)
        }
    }
}
