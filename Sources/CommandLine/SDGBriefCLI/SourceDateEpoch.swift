import Foundation

/// Reads `SOURCE_DATE_EPOCH` (reproducible-builds.org): the one place a date
/// written into outputs may come from, so the same input gives the same bytes.
enum SourceDateEpoch {
    static let variable = "SOURCE_DATE_EPOCH"

    /// The date it names; nil when unset, in which case no date is written.
    static func date(environment: [String: String] = ProcessInfo.processInfo.environment) throws(CLIError) -> Date? {
        guard let text = environment[variable] else { return nil }
        guard let seconds = Int64(text.trimmingCharacters(in: .whitespaces)), seconds >= 0, seconds < 253_402_300_800 else {
            throw .usage("\(variable) must be a whole number of seconds since 1970, not \"\(text)\"")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
