/// Human-readable text in one or more languages, keyed by BCP 47 language tag.
///
/// Chinese (`zh`) is the language of the source report and is required; other
/// languages are added side by side as they are translated. Encoded as a plain
/// mapping (`{zh: "…", en: "…"}`) so that report files stay easy to write by hand.
public struct LocalizedText: Codable, Sendable, Hashable {
    /// The language every report must provide.
    public static let sourceLanguage = "zh"

    public var translations: [String: String]

    public init(_ translations: [String: String]) {
        self.translations = translations
    }

    public init(zh: String) {
        self.translations = [Self.sourceLanguage: zh]
    }

    /// The Chinese source text; empty only in a report that failed validation.
    public var zh: String { translations[Self.sourceLanguage] ?? "" }

    /// The text in `language`, or in a broader tag it belongs to ("en" for
    /// "en-GB"), falling back to the source language.
    public func text(in language: String) -> String {
        // Most texts have only the source language, which every language falls
        // back to; answering without hashing the tag matters to the exporters,
        // which ask this for every cell of a table.
        if translations.count == 1 {
            for (key, text) in translations where key == Self.sourceLanguage {
                return text
            }
        }
        var tag = language
        while true {
            if let text = translations[tag] { return text }
            guard let cut = tag.lastIndex(of: "-") else { return zh }
            tag = String(tag[..<cut])
        }
    }

    /// Whether the text is written in `language` itself or in a regional
    /// variant of it, not only by falling back on the source language.
    public func hasText(in language: String) -> Bool {
        let wanted = language.lowercased()
        return translations.contains { key, text in
            let key = key.lowercased()
            return !text.isEmpty && (key == wanted || key.hasPrefix(wanted + "-") || wanted.hasPrefix(key + "-"))
        }
    }

    /// Whether `language` is English or a regional variant of it, for the
    /// labels and goal names sdgbrief itself supplies.
    public static func isEnglish(_ language: String) -> Bool {
        language == "en" || language.hasPrefix("en-")
    }

    public init(from decoder: Decoder) throws {
        translations = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(translations)
    }
}
