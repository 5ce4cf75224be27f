import Crypto
import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefCLI
@testable import SDGBriefEngine

@Suite struct OutputStagingTests {
    @Test func streamsPiecesIntoOneFileWithItsDigest() throws {
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.path)
        try directory.prepare()
        let staging = directory.staging()
        let stream = try staging.sink(forExporter: 0).begin("csv/big.csv")
        var expected = Data()
        for index in 0 ..< 2_000 {
            let piece = Data(String(repeating: "行\(index),", count: 40).utf8)
            expected += piece
            try stream.write(piece)
        }
        try stream.finish()
        let files = try directory.commit(staging)
        #expect(files.map(\.path) == ["csv/big.csv"])
        #expect(files[0].size == expected.count)
        #expect(files[0].sha256 == Manifest.digest(expected))
        #expect(try Data(contentsOf: root.appendingPathComponent("csv/big.csv")) == expected)
    }

    @Test func theSamePathWithTheSameBytesIsOneFileAndDifferentBytesAreABug() throws {
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.path)
        try directory.prepare()
        let staging = directory.staging()
        try staging.sink(forExporter: 0).write(Artifact(path: "a.alt.txt", text: "x"))
        try staging.sink(forExporter: 1).write(Artifact(path: "a.alt.txt", text: "x"))
        #expect(throws: CLIError.self) {
            try staging.sink(forExporter: 2).write(Artifact(path: "a.alt.txt", text: "y"))
        }
        #expect(try directory.commit(staging).map(\.path) == ["a.alt.txt"])
        #expect(SDGBriefBinary.files(in: root) == ["a.alt.txt"])
    }

    @Test func filesAreListedInExporterOrderWhateverOrderTheyFinishIn() throws {
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.path)
        try directory.prepare()
        let staging = directory.staging()
        try staging.sink(forExporter: 1).write(Artifact(path: "b.txt", text: "b"))
        try staging.sink(forExporter: 0).write(Artifact(path: "a.txt", text: "a"))
        #expect(try directory.commit(staging).map(\.path) == ["a.txt", "b.txt"])
    }

    @Test func anUnfinishedStreamAndAnAbandonedStagingLeaveNothing() throws {
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.appendingPathComponent("out").path)
        try directory.prepare()
        let staging = directory.staging()
        try staging.sink(forExporter: 0).write(Artifact(path: "csv/done.csv", text: "a"))
        do {
            let stream = try staging.sink(forExporter: 0).begin("half.txt")
            try stream.write(Data("half".utf8))
        }
        staging.abandon()
        #expect(SDGBriefBinary.files(in: root).isEmpty)
    }
}
