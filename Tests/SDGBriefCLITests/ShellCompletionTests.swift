import Foundation
import Testing

/// The completion scripts ArgumentParser generates offer every value an
/// option with a fixed set of values takes, and files where a file is wanted.
@Suite struct ShellCompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func offersTheValuesOfEveryOptionWithAFixedSet(shell: String) throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["--generate-completion-script", shell], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let script = result.standardOutput
        for value in ["csv", "markdown", "sdg-matrix", "key-figures", "transparent", "16:9", "letter", "excel", "plain"] {
            #expect(script.contains(value), "\(shell) completion lacks \(value)")
        }
    }

    /// bash completes a file for `--input` and for `validate FILE` by asking
    /// for files with the report extensions.
    @Test func completesReportFilesForInputAndValidate() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let script = try SDGBriefBinary.run(["--generate-completion-script", "bash"], in: directory).standardOutput
        let functions = script.components(separatedBy: "\n_sdgbrief_")
        let export = try #require(functions.first { $0.hasPrefix("export()") })
        let validate = try #require(functions.first { $0.hasPrefix("validate()") })
        #expect(export.contains("yaml") && export.contains("json"), "export --input completes report files")
        #expect(validate.contains("yaml") && validate.contains("json"), "validate FILE completes report files")
    }
}
