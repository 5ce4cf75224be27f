import ArgumentParser
import Foundation

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check an output directory against its manifest.json.",
        discussion: "Exits 0 when every listed file is present with its size and SHA-256, 65 otherwise."
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
                throw .invalidInput(["\(manifestURL.path): cannot read the manifest (\(error.localizedDescription))"])
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
            print("\(directory): \(manifest.files.count) files match \(Manifest.fileName)")
        }
    }
}
