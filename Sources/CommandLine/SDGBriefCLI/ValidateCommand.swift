import ArgumentParser
import Foundation
import SDGBriefChartExport
import SDGBriefCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a report file and list every problem with its line.",
        discussion: "Exits 0 when the file is valid and 65 when it is not."
    )

    @Argument(help: "The report file (YAML or JSON).", completion: .file(extensions: ReportSource.fileExtensions))
    var file: String

    @Option(help: "Also check that every text has this language (zh, en, a comma list, or all).")
    var language: String?

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            // Validation answers "will every format export?", so it runs
            // every built-in format's own preflight (text the fonts cannot
            // draw, say) whichever formats the user will later ask for. A
            // missing font is the machine's problem, said first (exit 69),
            // rather than hidden behind a preflight that cannot check.
            do throws(ExportFailure) {
                try GlyphCoverageCheck.requireFont()
            } catch {
                throw .unavailable(error.message)
            }
            var checks = [Preflight.check(ExporterRegistry().exporters, options: ExportOptions())]
            if let language, let coverage = try LanguageSelection(parsing: language).coverageCheck { checks.append(coverage) }
            let report = try ReportSource.file(file).load(checks: checks)
            let figures = report.figures.count + report.cases.reduce(0) { $0 + $1.figures.count }
            print("\(file): valid (\(report.cases.count) cases, \(figures) figures, \(report.conclusions.count) conclusions)")
        }
    }
}
