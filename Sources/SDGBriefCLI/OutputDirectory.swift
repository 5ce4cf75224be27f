import Foundation
import SDGBriefCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes artifacts into the output directory so that a file under its final
/// name is always complete: each is written to a temporary file beside it,
/// flushed to disk, then renamed over the final name. A run that fails or is
/// killed leaves earlier files intact and no half-written file under a real name.
///
/// Written with POSIX calls rather than `Data.write(options: .atomic)` because
/// the failure has to be told apart (a full disk from a read-only directory)
/// and the temporary files need names we can recognise and clean up.
struct OutputDirectory {
    static let temporaryPrefix = ".sdgbrief-partial-"

    let url: URL

    init(path: String) {
        url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
    }

    /// Creates the directory (not its parents: a missing parent is more often a
    /// typo than an intent) and removes temporary files a killed run left.
    func prepare() throws(CLIError) {
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
        }
        if access(url.path, W_OK) != 0 {
            throw .cannotCreateOutput("cannot write to output directory \(url.path): \(String(cString: strerror(errno)))")
        }
        removeLeftovers(in: url)
    }

    /// Writes every artifact; returns the paths written, relative to the directory.
    func write(_ artifacts: [Artifact]) throws(CLIError) -> [String] {
        for artifact in artifacts {
            guard ArtifactPath.isSafe(artifact.path) else {
                throw .software("refusing to write \"\(artifact.path)\": an exporter produced a path outside the output directory")
            }
        }
        var written: [String] = []
        for artifact in artifacts {
            try write(artifact)
            written.append(artifact.path)
        }
        return written
    }

    private func write(_ artifact: Artifact) throws(CLIError) {
        let destination = url.appendingPathComponent(artifact.path)
        let folder = destination.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateOutput("cannot create directory \(folder.path): \(error.localizedDescription)")
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
        if failedWith == nil, rename(temporary.path, destination.path) != 0 { failedWith = errno }
        if let code = failedWith {
            unlink(temporary.path)
            throw failure(code, writing: destination)
        }
    }

    private func failure(_ code: Int32, writing destination: URL) -> CLIError {
        let reason = String(cString: strerror(code))
        switch code {
        case EACCES, EPERM, EROFS, ENOTDIR, EISDIR:
            return .cannotCreateOutput("cannot write \(destination.path): \(reason)")
        default:
            return .io("writing \(destination.path) failed: \(reason); files written before it are complete, this one was not written")
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
