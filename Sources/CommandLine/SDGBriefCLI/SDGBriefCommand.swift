import ArgumentParser
import SDGBriefCore

/// `sdgbrief`: turns a report on city partnerships and the SDGs into a PDF
/// brief, slide charts, CSV tables and plain text.
public struct SDGBriefCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sdgbrief",
        abstract: "Turn a report on city partnerships and the SDGs into briefs, charts and tables.",
        discussion: """
            With no --input, commands use the report sdgbrief ships with.
            Exit statuses: 0 ok, 64 usage, 65 invalid report, 69 missing font, \
            70 internal error, 73 cannot create output, 74 I/O error, \
            76 an external exporter failed.
            """,
        version: SDGBriefVersion.current,
        subcommands: [ExportCommand.self, FormatsCommand.self, ChartsCommand.self, ValidateCommand.self, ShowCommand.self, VerifyCommand.self, SynthCommand.self]
    )

    public init() {}
}

/// Runs a command body, turning a `CLIError` into its lines on standard error
/// and its exit status, so no command prints a stack trace or a Swift error dump.
func reportingErrors(_ body: () throws(CLIError) -> Void) throws {
    do {
        try body()
    } catch {
        for line in error.lines {
            StandardError.write(line)
        }
        throw ExitCode(error.exitStatus)
    }
}
