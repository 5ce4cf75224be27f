import ArgumentParser
import Foundation
import SDGBriefCore

/// The flags that tune exporters, shared by every command that renders.
struct ExportOptionFlags: ParsableArguments {
    @Option(help: "Width of the text brief in columns (Chinese characters count two).")
    var width: Int = 80

    @Option(help: "CSV encoding: excel (UTF-8 with BOM, CRLF) or plain (UTF-8, LF).")
    var csvProfile: String = CSVProfile.excel.rawValue

    func exportOptions() throws(CLIError) -> ExportOptions {
        guard (20...1000).contains(width) else {
            throw .usage("--width must be between 20 and 1000, not \(width)")
        }
        guard let profile = CSVProfile(rawValue: csvProfile) else {
            throw .usage("unknown --csv-profile \"\(csvProfile)\" (expected one of: \(CSVProfile.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return ExportOptions(date: try SourceDateEpoch.date(), textWidth: width, csvProfile: profile)
    }
}
