import Foundation
import Testing

@testable import SDGBriefCLI
@testable import SDGBriefEngine

/// The progress display as users meet it: on a terminal for a long export,
/// and nowhere else.
@Suite struct ProgressDisplayTests {
    /// A report whose export takes long enough to show progress a few times.
    static func largeReport(in directory: URL) throws -> String {
        let result = try SDGBriefBinary.run(["synth", "--cases", "60", "--output", "large.yaml"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        return "large.yaml"
    }

    @Test func writesNothingOnStandardErrorWhenItIsNotATerminal() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = try Self.largeReport(in: directory)
        let result = try SDGBriefBinary.run(
            ["export", "-i", input, "-o", "out", "-f", "pdf,csv"], in: directory, environment: ["SDGBRIEF_PROGRESS_DELAY": "0"])
        #expect(result.status == 0)
        // No progress, and no note about charts: the brief draws its own
        // few charts, not every slide chart.
        #expect(result.standardError == "")
        #expect(!result.standardOutput.contains("\u{1B}"))
    }

    @Test func quietWritesNothingAtAllOnATerminal() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = try Self.largeReport(in: directory)
        let captured = try Self.onTerminal("SDGBRIEF_PROGRESS_DELAY=0 \"$0\" export -q -i \(input) -o out -f pdf,csv", in: directory)
        #expect(captured.isEmpty)
    }

    /// `script` gives the export a pseudo-terminal for standard error;
    /// standard output goes to /dev/null so only the progress is captured.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) from util-linux"))
    func showsProgressOnATerminalAndErasesItAtTheEnd() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = try Self.largeReport(in: directory)
        let captured = try Self.onTerminal("SDGBRIEF_PROGRESS_DELAY=0 \"$0\" export -i \(input) -o out -f pdf,csv >/dev/null", in: directory)
        #expect(captured.contains("pages"))
        #expect(captured.contains("\r\u{1B}[K"))
        #expect(captured.hasSuffix("\r\u{1B}[K"))
        #expect(SDGBriefBinary.files(in: directory.appendingPathComponent("out")).contains("synthetic-60.pdf"))
    }

    private static func onTerminal(_ command: String, in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "sh -c '\(command)' \(SDGBriefBinary.url.path)", "/dev/null"]
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return String(decoding: data, as: UTF8.self)
    }
}
