import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefEngine

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

    @Test func mergingKeepsEarlierFilesStillPresentAndSaysWhichInputTheyCameFrom() {
        let earlier = Manifest(inputName: "old.yaml", inputBytes: Data("old".utf8),
                               artifacts: [Artifact(path: "a.csv", text: "1"), Artifact(path: "b.txt", text: "2"), Artifact(path: "gone.md", text: "3")])
        let now = Manifest(inputName: "new.yaml", inputBytes: Data("new".utf8), artifacts: [Artifact(path: "b.txt", text: "22")])
        let merged = now.merging(earlier) { $0 != "gone.md" }
        #expect(merged.files.map(\.path) == ["a.csv", "b.txt"])
        #expect(merged.files[0].input == earlier.input, "kept from another input, and says so")
        #expect(merged.files[1] == now.files[0])
        let same = Manifest(inputName: "old.yaml", inputBytes: Data("old".utf8), artifacts: [Artifact(path: "b.txt", text: "22")])
        #expect(same.merging(earlier) { _ in true }.files.allSatisfy { $0.input == nil }, "same input: nothing to say")
    }
}
