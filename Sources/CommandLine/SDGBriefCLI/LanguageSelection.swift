import SDGBriefCore

/// The editions `--language` asks for: one or more tags, or `all`, the
/// languages the report carries in every field.
enum LanguageSelection: Equatable {
    case tags([String])
    case all

    /// Parses `zh`, `EN`, `zh,en` or `all`; tags are compared without regard to case.
    init(parsing value: String) throws(CLIError) {
        let items = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if items.count == 1, items[0].lowercased() == "all" {
            self = .all
            return
        }
        guard !items.isEmpty else { throw .usage("--language takes a language tag such as zh or en, a comma list, or all") }
        var tags: [String] = []
        for item in items {
            let tag = LanguageTag.canonical(item)
            guard LanguageTag.isWellFormed(tag) else {
                throw .usage("--language takes a language tag such as zh or en, not \"\(TerminalText.singleLine(item))\"")
            }
            guard BriefWords.table(for: tag) != nil else {
                throw .usage("--language \(tag): sdgbrief has no words for that language (it writes: \(BriefWords.languages.joined(separator: ", ")))")
            }
            if !tags.contains(tag) { tags.append(tag) }
        }
        self = .tags(tags)
    }

    /// The tags for `report`, in the order given (`all`: the source language first).
    func languages(for report: Report) -> [String] {
        switch self {
        case .tags(let tags): tags
        case .all: LanguageCoverage.completeLanguages(report).filter { BriefWords.table(for: $0) != nil }
        }
    }

    /// The check that refuses a report lacking a requested language in any
    /// field, each field named with its place in the file; nil for `all`,
    /// which asks only for languages the report has throughout.
    var coverageCheck: (@Sendable (Report) -> [ValidationIssue])? {
        guard case .tags(let tags) = self else { return nil }
        let translated = tags.filter { BriefWords.table(for: $0)?.language != LocalizedText.sourceLanguage }
        guard !translated.isEmpty else { return nil }
        return { report in translated.flatMap { LanguageCoverage.issues(report, language: $0) } }
    }
}
