import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefCLI
@testable import SDGBriefEngine

@Suite struct OutputDirectoryTests {
    @Test func writesArtifactsInSubfoldersAndLeavesNoTemporaryFiles() throws {
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.appendingPathComponent("out").path)
        try directory.prepare()
        let written = try directory.write([
            Artifact(path: "a.txt", text: "一"), Artifact(path: "csv/b.csv", text: "x,y\r\n"),
        ])
        #expect(written == ["a.txt", "csv/b.csv"])
        #expect(SDGBriefBinary.files(in: directory.url) == ["a.txt", "csv/b.csv"])
        #expect(try String(contentsOf: directory.url.appendingPathComponent("a.txt"), encoding: .utf8) == "一")
    }

    @Test func replacesAnEarlierFileWhole() throws {
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.path)
        try directory.prepare()
        _ = try directory.write([Artifact(path: "a.txt", text: String(repeating: "long ", count: 100))])
        _ = try directory.write([Artifact(path: "a.txt", text: "short")])
        #expect(try String(contentsOf: root.appendingPathComponent("a.txt"), encoding: .utf8) == "short")
    }

    @Test func removesTemporaryFilesAKilledRunLeftButNotThoseOfARunningOne() throws {
        let root = try SDGBriefBinary.temporaryDirectory()
        // A pid above the kernel's maximum belongs to no process; pid 1 always runs.
        let maximum = try String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)
        let dead = Int(maximum.trimmingCharacters(in: .whitespacesAndNewlines))! + 1
        let leftover = root.appendingPathComponent("csv/\(OutputDirectory.temporaryPrefix)\(dead)-0-cases.csv")
        let running = root.appendingPathComponent("csv/\(OutputDirectory.temporaryPrefix)1-0-cases.csv")
        try FileManager.default.createDirectory(at: leftover.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("half".utf8).write(to: leftover)
        try Data("in progress".utf8).write(to: running)
        var directory = OutputDirectory(path: root.path)
        try directory.prepare()
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
    }

    @Test func refusesPathsOutsideTheDirectoryBeforeWritingAnything() throws {
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.appendingPathComponent("out").path)
        try directory.prepare()
        #expect(throws: CLIError.self) {
            try directory.write([Artifact(path: "fine.txt", text: "a"), Artifact(path: "../escape.txt", text: "b")])
        }
        #expect(SDGBriefBinary.files(in: root).isEmpty)
    }

    @Test func takesAwayTheFoldersItMadeWhenWritingFails() throws {
        let root = try SDGBriefBinary.temporaryDirectory()
        var directory = OutputDirectory(path: root.appendingPathComponent("out").path)
        try directory.prepare()
        // A folder where a file must go makes the second rename fail after the first folder was made.
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("b.txt"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("b.txt/x"), withIntermediateDirectories: true)
        #expect(throws: CLIError.self) {
            try directory.write([Artifact(path: "csv/a.csv", text: "a"), Artifact(path: "b.txt", text: "b")])
        }
        #expect(SDGBriefBinary.files(in: directory.url).isEmpty)
    }
}
