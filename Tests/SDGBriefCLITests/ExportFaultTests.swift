import Foundation
import Testing

/// Faults exercised for real: a file-size limit standing in for a full disk,
/// a directory the kernel refuses to write, and a process killed mid-export.
@Suite struct ExportFaultTests {
    @Test func aFullDiskLeavesTheOutputDirectoryAsItWas() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let output = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("earlier".utf8).write(to: output.appendingPathComponent("keep.txt"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // 16 KiB: the CSV tables fit, the JSON does not, so the failure comes mid-export.
        process.arguments = ["-c", "ulimit -f 16 && exec \"$0\" export -o out -f csv,json", SDGBriefBinary.url.path]
        process.currentDirectoryURL = directory
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(message.contains("failed: File too large; nothing was written"))
        #expect(SDGBriefBinary.files(in: output) == ["keep.txt"])
    }

    @Test(.enabled(if: UnwritableDirectory.isPossible, "this file system cannot make a directory unwritable for this user"))
    func aReadOnlyDirectoryIsReportedAndLeftAlone() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let output = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try UnwritableDirectory.make(output)
        defer { UnwritableDirectory.undo(output) }
        let result = try SDGBriefBinary.run(["export", "-o", "out", "-f", "json"], in: directory)
        #expect(result.status == 73)
        #expect(result.standardError.contains(output.path))
        #expect(SDGBriefBinary.files(in: output).isEmpty)
    }

    /// Ctrl-C and SIGTERM mid-export: what was staged is removed, the process
    /// ends by the signal (so a shell sees an interrupted command), and the
    /// directory holds exactly what it held before.
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedExportLeavesTheOutputDirectoryAsItWas(signal: Int32) throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        try LargeReport.yaml(cases: 300).write(to: directory.appendingPathComponent("large.yaml"), atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("earlier".utf8).write(to: output.appendingPathComponent("keep.txt"))
        let process = Process()
        process.executableURL = SDGBriefBinary.url
        process.environment = SDGBriefBinary.environment()
        process.arguments = ["export", "-i", "large.yaml", "-o", "out", "-q"]
        process.currentDirectoryURL = directory
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Signalled once files are being staged, not before the export began.
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline,
            !((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).contains(where: { $0.hasPrefix(".sdgbrief-partial-") }) {
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(process.isRunning, "the export ended before any file was staged")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        let left = try FileManager.default.subpathsOfDirectory(atPath: output.path)
        #expect(left == ["keep.txt"], "left behind: \(left)")
    }

    /// Two exports into one directory take turns: the second waits for the
    /// first's lock (held here by flock(1) for a moment) and says so.
    @Test func aSecondExportIntoTheSameDirectoryWaitsForTheFirst() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let output = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [output.path, "sleep", "2"]
        try holder.run()
        Thread.sleep(forTimeInterval: 0.3)
        let started = Date()
        let result = try SDGBriefBinary.run(["export", "-f", "json", "-o", "out", "-q"], in: directory)
        let waited = Date().timeIntervalSince(started)
        holder.waitUntilExit()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("waiting for another export into out to finish"))
        #expect(waited > 1.2, "exported after \(waited) s, while the directory was locked")
    }

    /// Exports started together into one directory never mix: afterwards the
    /// manifest matches every file.
    @Test func concurrentExportsIntoOneDirectoryLeaveOneThatVerifies() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let processes = try (0..<4).map { index in
            let process = Process()
            process.executableURL = SDGBriefBinary.url
            process.environment = SDGBriefBinary.environment()
            process.arguments = ["export", "-o", "out", "-q", "-f", index.isMultiple(of: 2) ? "csv,json" : "text,markdown"]
            process.currentDirectoryURL = directory
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let verify = try SDGBriefBinary.run(["verify", "out"], in: directory)
        #expect(verify.status == 0, "\(verify.standardError)")
        #expect(verify.standardError.isEmpty, "every file is listed: \(verify.standardError)")
    }

    /// SIGKILL gives the process no chance to clean up: whatever it is doing,
    /// every file under a final name must be complete, and the next run must
    /// sweep away the temporary files it left.
    @Test func aKilledExportNeverLeavesAHalfWrittenFileUnderItsName() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = directory.appendingPathComponent("large.yaml")
        // Large enough that every format takes a while, so the kills land in
        // each stage; thirteen exports of it must still fit a test run.
        try LargeReport.yaml(cases: 300).write(to: input, atomically: true, encoding: .utf8)
        let started = Date()
        let reference = try SDGBriefBinary.run(["export", "-i", "large.yaml", "-o", "reference", "-q"], in: directory, timeout: 300)
        let duration = Date().timeIntervalSince(started)
        #expect(reference.status == 0, "\(reference.standardError)")
        let referenceFiles = SDGBriefBinary.files(in: directory.appendingPathComponent("reference"))

        // Files are written at the end of an export, so most kills land there.
        for fraction in [0.5, 0.85, 0.92, 0.96, 0.99, 1.0] {
            let delay = duration * fraction
            let output = directory.appendingPathComponent("killed-\(delay)")
            let process = Process()
            process.executableURL = SDGBriefBinary.url
            process.environment = SDGBriefBinary.environment()
            process.arguments = ["export", "-i", "large.yaml", "-o", output.lastPathComponent, "-q"]
            process.currentDirectoryURL = directory
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            for file in SDGBriefBinary.files(in: output) where !(file as NSString).lastPathComponent.hasPrefix(".sdgbrief-partial-") {
                #expect(referenceFiles.contains(file))
                let written = try Data(contentsOf: output.appendingPathComponent(file))
                let expected = try Data(contentsOf: directory.appendingPathComponent("reference/\(file)"))
                #expect(written == expected, "\(file) is incomplete after SIGKILL at \(delay) s")
            }
            let rerun = try SDGBriefBinary.run(["export", "-i", "large.yaml", "-o", output.lastPathComponent, "-q"], in: directory, timeout: 300)
            #expect(rerun.status == 0)
            #expect(SDGBriefBinary.files(in: output) == referenceFiles, "the next run sweeps up after the killed one")
        }
    }
}

/// Makes a directory unwritable even for root, where permission bits do not
/// stop writes: the immutable attribute (chattr +i) on file systems that have it.
enum UnwritableDirectory {
    static let isPossible: Bool = {
        guard let probe = try? SDGBriefBinary.temporaryDirectory() else { return false }
        defer { undo(probe) }
        guard (try? make(probe)) != nil else { return false }
        return !FileManager.default.createFile(atPath: probe.appendingPathComponent("x").path, contents: Data())
    }()

    static func make(_ directory: URL) throws {
        if getuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: directory.path)
            return
        }
        let chattr = Process()
        chattr.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        chattr.arguments = ["+i", directory.path]
        chattr.standardError = FileHandle.nullDevice
        try chattr.run()
        chattr.waitUntilExit()
        if chattr.terminationStatus != 0 { throw CocoaError(.fileWriteNoPermission) }
    }

    static func undo(_ directory: URL) {
        if getuid() != 0 {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
            return
        }
        let chattr = Process()
        chattr.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        chattr.arguments = ["-i", directory.path]
        try? chattr.run()
        chattr.waitUntilExit()
    }
}

/// A valid report with many cases, for exports that take long enough to interrupt.
enum LargeReport {
    static func yaml(cases: Int) -> String {
        var text = "schemaVersion: 1\nid: large\ntitle: {zh: 大报告}\ncases:\n"
        let paragraph = String(repeating: "城市伙伴关系推动可持续发展目标，", count: 12)
        for index in 0..<cases {
            text += """
                  - id: case-\(index)
                    city: {zh: 城市\(index)}
                    country: {zh: 某国}
                    region: {zh: 亚洲}
                    location: {latitude: 1, longitude: 2}
                    practice: {zh: 实践\(index)}
                    sdgs: [{goal: \(index % 17 + 1), role: primary}]
                    partnership: {zh: \(paragraph)}
                    narrative: [{zh: \(paragraph)}, {zh: \(paragraph)}]
                    figures:
                      - {id: people, label: {zh: 人数}, value: \(1000 + index), unit: person, qualifier: about, quote: 约\(1000 + index)人}

                """
        }
        return text
    }
}
