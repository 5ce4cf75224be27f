import Foundation
import Testing

@testable import SDGBriefEngine

@Suite struct StagedFileWriterTests {
    static func temporaryFile() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("staged-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("file.bin")
    }

    /// `sha256sum`, a reader that shares no code with the writer.
    static func sha256sum(_ file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        process.arguments = [file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init) ?? ""
    }

    /// More blocks than may be in flight, of uneven sizes: every byte reaches
    /// the file in order, and the size and digest are those of the file.
    @Test func writesEveryBlockInOrderAndHashesWhatItWrote() throws {
        let file = try Self.temporaryFile()
        let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        let writer = StagedFileWriter(descriptor: descriptor, destination: file)
        var expected = Data()
        for index in 0..<(StagedFileWriter.blocksInFlight * 3) {
            let block = Data((0..<(1000 + index * 4099)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) })
            expected.append(block)
            try writer.handOver(block)
        }
        let drained = try writer.drain().get()
        close(descriptor)
        #expect(try Data(contentsOf: file) == expected)
        #expect(drained.size == expected.count)
        #expect(drained.sha256 == (try Self.sha256sum(file)))
    }

    /// A write that fails (here a descriptor open for reading only) is
    /// reported, naming the file, by the next hand-over or by `drain`.
    @Test func aFailedWriteIsReportedNamingTheFile() throws {
        let file = try Self.temporaryFile()
        try #require(FileManager.default.createFile(atPath: file.path, contents: Data()))
        let descriptor = open(file.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let writer = StagedFileWriter(descriptor: descriptor, destination: file)
        try writer.handOver(Data("first".utf8))
        let failure = try #require(throws: ExportError.self) { try writer.drain().get() }
        #expect(failure.lines.joined().contains(file.path))
        #expect(throws: ExportError.self) { try writer.handOver(Data("second".utf8)) }
    }
}
