import ArgumentParser
import SDGBriefText
import SDGBriefCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the text brief on standard output."
    )

    @Option(name: .shortAndLong, help: "A report file (YAML or JSON). Default: the bundled report.", completion: .file(extensions: ReportSource.fileExtensions))
    var input: String?

    @Option(help: "Width in columns (Chinese characters count two).")
    var width: Int = 80

    @Option(help: "Language of the brief: zh or en (any case).")
    var language: String = "zh"

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            guard (20...1000).contains(width) else {
                throw .usage("--width must be between 20 and 1000, not \(width)")
            }
            guard case .tags(let tags) = try LanguageSelection(parsing: language), tags.count == 1 else {
                throw .usage("show prints one language: --language takes a single tag such as zh or en")
            }
            var checks: [@Sendable (Report) -> [ValidationIssue]] = []
            if let coverage = LanguageSelection.tags(tags).coverageCheck { checks.append(coverage) }
            let report = try ReportSource(input).load(checks: checks)
            print(TextExporter().render(report, width: width, language: tags[0]), terminator: "")
        }
    }
}
