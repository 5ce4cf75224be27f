import ArgumentParser
import Foundation
import SDGBriefSynth

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a synthetic report of N cases, for trying sdgbrief at scale.",
        discussion: """
            The cases are shaped like the bundled report's (narratives of about 900 \
            characters, 2–4 goals, 5–15 figures, milestones, partners, awards) but \
            invented. The same --seed gives the same bytes. YAML unless --output \
            ends in .json; standard output without --output.
            """
    )

    @Option(help: "How many cases (1 to 100000).")
    var cases: Int

    @Option(help: "Seed of the generator; the same seed gives the same report.")
    var seed: UInt64 = 1

    @Flag(help: "Write English beside every Chinese text, to try English editions at scale.")
    var english = false

    @Option(name: .shortAndLong, help: "The file to write (.yaml or .json). Default: standard output.", completion: .file(extensions: ReportSource.fileExtensions))
    var output: String?

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            guard (1...100_000).contains(cases) else {
                throw .usage("--cases must be between 1 and 100000, not \(cases)")
            }
            let report = ReportSynthesizer(seed: seed, english: english).report(cases: cases)
            let data = SynthEncoder.encode(report, as: SynthEncoder.Format(path: output ?? ""))
            guard let output else {
                FileHandle.standardOutput.write(data)
                return
            }
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw .cannotCreateOutput("cannot write \(output): \(error.localizedDescription)")
            }
        }
    }
}
