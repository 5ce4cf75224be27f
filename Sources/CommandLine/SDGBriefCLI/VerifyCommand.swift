import ArgumentParser
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check an output directory against its manifest.json.",
        discussion: """
            Exits 0 when every listed file is present with its size and SHA-256, 65 when one \
            is not, 66 when there is no manifest. Files the manifest does not list (from an \
            earlier export of other formats, say) are named in a note on standard error.
            """
    )

    @Argument(help: "The output directory of an earlier export.")
    var directory: String = "Output"

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            let folder = URL(fileURLWithPath: directory, isDirectory: true)
            let manifestURL = folder.appendingPathComponent(Manifest.fileName)
            let manifest: Manifest
            do {
                manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: manifestURL))
            } catch {
                throw .noInput("\(manifestURL.path): cannot read the manifest (\(error.localizedDescription))")
            }
            var problems: [String] = []
            for file in manifest.files {
                let url = folder.appendingPathComponent(file.path)
                guard ArtifactPath.isSafe(file.path), let data = try? Data(contentsOf: url) else {
                    problems.append("\(url.path): missing")
                    continue
                }
                if data.count != file.size {
                    problems.append("\(url.path): \(data.count) bytes, the manifest says \(file.size)")
                } else if Manifest.digest(data) != file.sha256 {
                    problems.append("\(url.path): contents differ from the manifest (SHA-256 mismatch)")
                }
            }
            if !problems.isEmpty { throw .invalidInput(problems) }
            let listed = Set(manifest.files.map(\.path) + [Manifest.fileName])
            let unlisted = Self.files(in: folder).filter { !listed.contains($0) }
            if !unlisted.isEmpty {
                let shown = unlisted.prefix(10).joined(separator: ", ") + (unlisted.count > 10 ? ", …" : "")
                StandardError.write("note: \(unlisted.count) \(unlisted.count == 1 ? "file" : "files") here \(unlisted.count == 1 ? "is" : "are") not in \(Manifest.fileName) and \(unlisted.count == 1 ? "was" : "were") not checked: \(shown)")
            }
            let count = manifest.files.count
            print("\(directory): \(count) \(count == 1 ? "file matches" : "files match") \(Manifest.fileName)")
        }
    }

    /// Regular files below `folder`, relative and sorted; hidden temporary
    /// files of an export in progress are not the user's.
    static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        for case let path as String in enumerator where !(path as NSString).lastPathComponent.hasPrefix(OutputDirectory.temporaryPrefix) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }
}
