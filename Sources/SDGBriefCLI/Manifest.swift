import Crypto
import Foundation
import SDGBriefCore

/// `manifest.json`: what an export wrote, with sizes and SHA-256 digests, the
/// input it came from and the tool that made it, so a published set of files
/// can be checked later with `sdgbrief verify`.
struct Manifest: Codable, Equatable {
    static let fileName = "manifest.json"

    struct Input: Codable, Equatable {
        var name: String
        var sha256: String
    }

    struct File: Codable, Equatable {
        var path: String
        var size: Int
        var sha256: String
        /// Set only for a file an earlier export wrote from another input,
        /// kept when a later export wrote other formats beside it.
        var input: Input? = nil
    }

    var tool: String
    var version: String
    var input: Input
    var files: [File]

    init(inputName: String, inputBytes: Data, artifacts: [Artifact]) {
        tool = "sdgbrief"
        version = SDGBriefVersion.current
        input = Input(name: inputName, sha256: Self.digest(inputBytes))
        files = artifacts
            .map { File(path: $0.path, size: $0.contents.count, sha256: Self.digest($0.contents)) }
            .sorted { $0.path < $1.path }
    }

    /// For files streamed to disk, hashed as they were written.
    init(inputName: String, inputBytes: Data, files: [File]) {
        tool = "sdgbrief"
        version = SDGBriefVersion.current
        input = Input(name: inputName, sha256: Self.digest(inputBytes))
        self.files = files.sorted { $0.path < $1.path }
    }

    /// This manifest with the files of `earlier` (the manifest already in the
    /// output directory) that this export did not rewrite and that are still
    /// there, so that exporting one format adds to a directory's manifest
    /// instead of forgetting the rest. A kept file made from another input
    /// says which.
    func merging(_ earlier: Manifest, keeping isPresent: (String) -> Bool) -> Manifest {
        let written = Set(files.map(\.path))
        var merged = self
        for var file in earlier.files where !written.contains(file.path) && file.path != Self.fileName && isPresent(file.path) {
            if file.input == nil, earlier.input != input { file.input = earlier.input }
            if file.input == input { file.input = nil }
            merged.files.append(file)
        }
        merged.files.sort { $0.path < $1.path }
        return merged
    }

    static func digest(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The manifest as an artifact, written last so that it only ever lists files already in place.
    func artifact() -> Artifact {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = try! encoder.encode(self)
        return Artifact(path: Self.fileName, contents: data + Data("\n".utf8))
    }
}
