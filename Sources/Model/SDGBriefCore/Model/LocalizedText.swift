/// Human-readable text in one or more languages, keyed by BCP 47 language tag.
///
/// Chinese (`zh`) is the language of the source report and is required; other
/// languages are added side by side as they are translated. Encoded as a plain
/// mapping (`{zh: "…", en: "…"}`) so that report files stay easy to write by hand.
public struct LocalizedText: Codable, Sendable, Hashable {
    /// The language every report must provide.
    public static let sourceLanguage = "zh"

    /// The source-language text, kept apart from the others: a report holds
    /// tens of thousands of texts, most in Chinese alone, and a dictionary
    /// for each took more memory than the words it held (3.4 MB of the
    /// 1,000-case report's model).
    private var source: String?
    /// The texts in every other language, sorted by tag, so that equal texts
    /// compare and hash equal.
    private var others: [Translation]

    private struct Translation: Sendable, Hashable {
        var language: String
        var text: String
    }

    /// The text in each language it is written in, by language tag.
    public var translations: [String: String] {
        get {
            var all = Dictionary(uniqueKeysWithValues: others.map { ($0.language, $0.text) })
            if let source { all[Self.sourceLanguage] = source }
            return all
        }
        set {
            source = newValue[Self.sourceLanguage]
            others = newValue.filter { $0.key != Self.sourceLanguage }
                .map { Translation(language: $0.key, text: $0.value) }
                .sorted { $0.language < $1.language }
        }
    }

    /// Every language's text, sorted by language tag, without building a
    /// dictionary: the validator and the text-field walk ask this of every
    /// text of the report.
    public var sortedTranslations: [(language: String, text: String)] {
        var sorted = others.map { (language: $0.language, text: $0.text) }
        if let source {
            let at = sorted.firstIndex { $0.language > Self.sourceLanguage } ?? sorted.endIndex
            sorted.insert((language: Self.sourceLanguage, text: source), at: at)
        }
        return sorted
    }

    public init(_ translations: [String: String]) {
        source = nil
        others = []
        self.translations = translations
    }

    public init(zh: String) {
        source = zh
        others = []
    }

    /// The Chinese source text; empty only in a report that failed validation.
    public var zh: String { source ?? "" }

    /// The text in `language`, or in a broader tag it belongs to ("en" for
    /// "en-GB"), falling back to the source language.
    public func text(in language: String) -> String {
        // Most texts have only the source language, which every language falls
        // back to; exporters ask this for every cell of a table.
        if others.isEmpty { return zh }
        var tag = language
        while true {
            if tag == Self.sourceLanguage, let source { return source }
            if let translation = others.first(where: { $0.language == tag }) { return translation.text }
            guard let cut = tag.lastIndex(of: "-") else { return zh }
            tag = String(tag[..<cut])
        }
    }

    /// Whether the text is written in `language` itself or in a regional
    /// variant of it, not only by falling back on the source language.
    public func hasText(in language: String) -> Bool {
        let wanted = language.lowercased()
        func matches(_ key: String, _ text: String) -> Bool {
            let key = key.lowercased()
            return !text.isEmpty && (key == wanted || key.hasPrefix(wanted + "-") || wanted.hasPrefix(key + "-"))
        }
        if let source, matches(Self.sourceLanguage, source) { return true }
        return others.contains { matches($0.language, $0.text) }
    }

    /// Whether `language` is English or a regional variant of it, for the
    /// labels and goal names sdgbrief itself supplies.
    public static func isEnglish(_ language: String) -> Bool {
        language == "en" || language.hasPrefix("en-")
    }

    public init(from decoder: Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String: String].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(translations)
    }
}
