import Foundation
import SDGBriefCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads what an external exporter left in its output directory as artifacts,
/// refusing anything the output directory must never receive from it.
///
/// A plugin can write anywhere its user can; what sdgbrief can check is what
/// it hands back. Only regular files under safe names are taken, so a
/// symbolic link to /etc/passwd never becomes a copy of it in the user's
/// output, and a plugin that tried is reported rather than half-trusted.
enum PluginOutput {
    /// Names sdgbrief itself writes or sweeps away in the output directory.
    static let reservedNames: Set<String> = [Manifest.fileName]

    static func artifacts(in directory: URL) throws(PluginOutputError) -> [Artifact] {
        var artifacts: [Artifact] = []
        var totalSize = 0
        try collect(directory, prefix: "", into: &artifacts, totalSize: &totalSize)
        guard !artifacts.isEmpty else {
            throw PluginOutputError("it wrote no files into SDGBRIEF_OUTPUT_DIR")
        }
        return artifacts.sorted { $0.path < $1.path }
    }

    private static func collect(_ folder: URL, prefix: String, into artifacts: inout [Artifact], totalSize: inout Int) throws(PluginOutputError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        } catch {
            throw PluginOutputError("its output folder \(prefix.isEmpty ? "." : prefix) cannot be read")
        }
        for name in names {
            let path = prefix + name
            let url = folder.appendingPathComponent(name)
            var info = stat()
            guard lstat(url.path, &info) == 0 else { throw PluginOutputError("\(path) cannot be read") }
            guard ArtifactPath.isSafe(path), !(prefix.isEmpty && reservedNames.contains(name)),
                !name.hasPrefix(OutputDirectory.temporaryPrefix)
            else {
                throw PluginOutputError("it wrote \"\(path)\", a name sdgbrief does not write into an output directory")
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                try collect(url, prefix: path + "/", into: &artifacts, totalSize: &totalSize)
            case S_IFREG:
                totalSize += Int(info.st_size)
                guard totalSize <= PluginContract.maximumTotalSize else {
                    throw PluginOutputError("it wrote more than \(PluginContract.maximumTotalSize >> 20) MiB")
                }
                guard artifacts.count < PluginContract.maximumFileCount else {
                    throw PluginOutputError("it wrote more than \(PluginContract.maximumFileCount) files")
                }
                guard let contents = FileManager.default.contents(atPath: url.path) else {
                    throw PluginOutputError("\(path) cannot be read")
                }
                artifacts.append(Artifact(path: path, contents: contents))
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?"
                throw PluginOutputError("it wrote a symbolic link, \(path) -> \(target); an exporter must write regular files into its own directory")
            default:
                throw PluginOutputError("it wrote \(path), which is not a regular file (a device, pipe or socket)")
            }
        }
    }
}
