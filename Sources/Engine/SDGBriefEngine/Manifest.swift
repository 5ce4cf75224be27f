import Crypto
import Foundation
import SDGBriefCore

/// `manifest.json`: what an export wrote, with sizes and SHA-256 digests, the
/// input it came from and the tool that made it, so a published set of files
/// can be checked later with `sdgbrief verify`.
public struct Manifest: Codable, Equatable, Sendable {
    /// Its name in the output directory.
    public static let fileName = "manifest.json"

    /// The report a file was made from.
    public struct Input: Codable, Equatable, Sendable {
        /// How messages named it: its path, or the bundled report's name.
        public var name: String
        /// Its bytes' digest, lowercase hexadecimal.
        public var sha256: String
    }

    /// One file written, relative to the output directory.
    public struct File: Codable, Equatable, Sendable {
        /// Relative, with `/` between folders.
        public var path: String
        /// In bytes.
        public var size: Int
        /// Lowercase hexadecimal.
        public var sha256: String
        /// Set only for a file an earlier export wrote from another input,
        /// kept when a later export wrote other formats beside it.
        public var input: Input? = nil
    }

    /// The program that wrote the files.
    public var tool: String
    /// Its version.
    public var version: String
    /// The report the files of this export were made from.
    public var input: Input
    /// Sorted by path; the manifest itself is not listed.
    public var files: [File]

    /// For files held in memory.
    public init(inputName: String, inputBytes: Data, artifacts: [Artifact]) {
        tool = "sdgbrief"
        version = SDGBriefVersion.current
        input = Input(name: inputName, sha256: Self.digest(inputBytes))
        files = artifacts
            .map { File(path: $0.path, size: $0.contents.count, sha256: Self.digest($0.contents)) }
            .sorted { $0.path < $1.path }
    }

    /// For files streamed to disk, hashed as they were written, with the
    /// input's digest (`digest(_:)`) taken when it was read.
    public init(inputName: String, inputDigest: String, files: [File]) {
        tool = "sdgbrief"
        version = SDGBriefVersion.current
        input = Input(name: inputName, sha256: inputDigest)
        self.files = files.sorted { $0.path < $1.path }
    }

    /// This manifest with the files of `earlier` (the manifest already in the
    /// output directory) that this export did not rewrite and that are still
    /// there, so that exporting one format adds to a directory's manifest
    /// instead of forgetting the rest. A kept file made from another input
    /// says which.
    public func merging(_ earlier: Manifest, keeping isPresent: (String) -> Bool) -> Manifest {
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

    /// SHA-256 of `data`, lowercase hexadecimal.
    public static func digest(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The manifest as an artifact, written last so that it only ever lists files already in place.
    public func artifact() -> Artifact {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and integers cannot fail.
        let data = try! encoder.encode(self)
        return Artifact(path: Self.fileName, contents: data + Data("\n".utf8))
    }
}
