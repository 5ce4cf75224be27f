/// The language tags a report and the command line accept: a two- or
/// three-letter lowercase language, then any number of `-` subtags of one to
/// eight ASCII letters or digits (`zh`, `en`, `zh-Hans`, `pt-BR`).
///
/// Checked by hand, not with `range(of:options: .regularExpression)`: that
/// compiles the pattern through ICU on every call, about a millisecond of
/// every start-up, and its `$` also matches before a final line break, so
/// it let "zh\n" through.
public enum LanguageTag {
    /// The same rule as a regular expression, for the JSON Schema that
    /// editors read; `isWellFormed` is what sdgbrief itself checks.
    public static let pattern = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"

    /// `tag` in the case BCP 47 recommends, since tags are compared without
    /// regard to case: the language lowercase, a four-letter script
    /// titlecase, a two-letter region uppercase (`EN` → `en`, `zh-hans` → `zh-Hans`).
    public static func canonical(_ tag: String) -> String {
        tag.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { index, subtag in
            if index == 0 { return subtag.lowercased() }
            switch subtag.count {
            case 4 where subtag.allSatisfy(\.isLetter): return subtag.prefix(1).uppercased() + subtag.dropFirst().lowercased()
            case 2 where subtag.allSatisfy(\.isLetter): return subtag.uppercased()
            default: return subtag.lowercased()
            }
        }.joined(separator: "-")
    }

    public static func isWellFormed(_ tag: String) -> Bool {
        let subtags = tag.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard let language = subtags.first, (2...3).contains(language.count), language.allSatisfy(isLowercaseLetter) else {
            return false
        }
        return subtags.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy(isLetterOrDigit) }
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        isLowercaseLetter(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
