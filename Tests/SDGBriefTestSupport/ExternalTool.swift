import Foundation

/// Runs the programs users read our outputs with (poppler, qpdf, fontconfig),
/// shared by the test targets that check rendered files.
public struct ExternalTool {
    public struct Result {
        public var status: Int32
        public var output: Data
        public var errorText: String
        public var text: String { String(decoding: output, as: UTF8.self) }
    }

    public static func run(_ name: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a large output cannot fill the pipe and stall.
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: output, errorText: String(decoding: errors, as: UTF8.self))
    }

    /// A fresh directory under the system's temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sdgbrief-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
