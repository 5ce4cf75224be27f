import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefCLI

@Suite struct ManifestTests {
    @Test func digestsWithSHA256() {
        // The FIPS 180-2 test vector for "abc".
        #expect(Manifest.digest(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func listsEveryArtifactSortedWithSizeAndDigest() throws {
        let manifest = Manifest(
            inputName: "r.yaml", inputBytes: Data("input".utf8),
            artifacts: [Artifact(path: "z.txt", text: "zz"), Artifact(path: "a/b.csv", text: "一")])
        #expect(manifest.files.map(\.path) == ["a/b.csv", "z.txt"])
        #expect(manifest.files.map(\.size) == [3, 2])
        #expect(manifest.files[1].sha256 == Manifest.digest(Data("zz".utf8)))
        #expect(manifest.input.sha256 == Manifest.digest(Data("input".utf8)))
    }

    @Test func roundTripsThroughItsJSON() throws {
        let manifest = Manifest(inputName: "r.yaml", inputBytes: Data(), artifacts: [Artifact(path: "a", text: "b")])
        let artifact = manifest.artifact()
        #expect(artifact.path == "manifest.json")
        #expect(try JSONDecoder().decode(Manifest.self, from: artifact.contents) == manifest)
    }
}
