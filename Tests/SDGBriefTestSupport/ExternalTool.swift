import Foundation
import Synchronization

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
        // Both pipes are drained before waiting, the error pipe on a thread of
        // its own, so that neither can fill and stall the program.
        let errorPipe = err.fileHandleForReading
        let errorBytes = Mutex(Data())
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let bytes = errorPipe.readDataToEndOfFile()
            errorBytes.withLock { $0 = bytes }
            drained.signal()
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        let errors = errorBytes.withLock { $0 }
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
