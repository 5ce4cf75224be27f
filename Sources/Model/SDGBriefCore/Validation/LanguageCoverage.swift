/// Which languages a report can be printed in whole: an edition is never
/// printed half in one language and half in another, so a report that lacks
/// a language in any field is refused for that language, with every such
/// field named.
public enum LanguageCoverage {
    /// One issue per text field that has no text in `language`, at the
    /// field's path: `cases[2].city: no "en" text`.
    public static func issues(_ report: Report, language: String) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        report.forEachLocalizedText { path, text in
            if !text.hasText(in: language) {
                issues.append(ValidationIssue(path, "no \"\(language)\" text"))
            }
        }
        return issues
    }

    /// The languages every text field of the report has, the source language
    /// first, then the rest in alphabetical order: what `--language all` prints.
    public static func completeLanguages(_ report: Report) -> [String] {
        var common: Set<String>?
        report.forEachLocalizedText { _, text in
            let languages = Set(text.sortedTranslations.filter { !$0.text.isEmpty }.map(\.language))
            common = common.map { $0.intersection(languages) } ?? languages
        }
        let languages = common ?? [LocalizedText.sourceLanguage]
        let source = languages.filter { $0 == LocalizedText.sourceLanguage }
        return source + languages.filter { $0 != LocalizedText.sourceLanguage }.sorted()
    }
}
