import Foundation

/// Runs the built `sdgbrief` executable as a user would, for end-to-end tests
/// of exit statuses, messages and the files left behind.
enum SDGBriefBinary {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
        /// Whether the process ended by a signal (a crash, or the timeout's kill) rather than exiting.
        var wasSignalled = false
    }

    /// The executable sits beside the test bundle in SwiftPM's build directory;
    /// `SDGBRIEF_BINARY` names another build to hold to the same tests (an
    /// older one, to see a new test fail on the code it was written against).
    static var url: URL {
        if let path = ProcessInfo.processInfo.environment["SDGBRIEF_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("sdgbrief")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/sdgbrief")
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/SDGBriefCLITests/Fixtures/\(name)").path
    }

    /// The environment every run of sdgbrief in the tests gets: the test
    /// runner's, without the developer's `SOURCE_DATE_EPOCH` (which would
    /// date some runs and not others), and with `extra` on top.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "SOURCE_DATE_EPOCH")
        merged.merge(extra) { $1 }
        return merged
    }

    /// Runs sdgbrief; with `memoryLimit` (bytes of address space, set with
    /// `ulimit -v` by a shell that then execs sdgbrief) and `timeout`, so that
    /// a test of hostile input fails rather than hangs or exhausts the machine.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:],
        memoryLimit: Int? = nil, timeout: TimeInterval = 60
    ) throws -> Result {
        let process = Process()
        if let memoryLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -v \(memoryLimit / 1024) && exec \"$0\" \"$@\"", url.path] + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        process.environment = Self.environment(environment)
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let watchdog = DispatchWorkItem { [process] in
            if process.isRunning { process.terminate() }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        // Read before waiting so a large output cannot fill the pipe and stall the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self),
            wasSignalled: process.terminationReason == .uncaughtSignal
        )
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sdgbrief-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file below `directory`, relative and sorted.
    static func files(in directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var found: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if exists, !isDirectory.boolValue { found.append(path) }
        }
        return found.sorted()
    }
}
