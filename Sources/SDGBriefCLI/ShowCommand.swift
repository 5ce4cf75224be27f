import ArgumentParser
import SDGBriefText

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the text brief on standard output."
    )

    @Option(name: .shortAndLong, help: "A report file (YAML or JSON). Default: the bundled report.", completion: .file(extensions: ReportSource.fileExtensions))
    var input: String?

    @Option(help: "Width in columns (Chinese characters count two).")
    var width: Int = 80

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            guard (20...1000).contains(width) else {
                throw .usage("--width must be between 20 and 1000, not \(width)")
            }
            let report = try ReportSource(input).load()
            print(TextExporter().render(report, width: width, language: "zh"), terminator: "")
        }
    }
}
