extension BriefWords {
    /// Every language the brief can be written in, the source language first.
    public static let all: [BriefWords] = [.chinese, .english]

    /// The tags `all` answers to, for messages: "zh, en".
    public static var languages: [String] { all.map(\.language) }

    /// The table for `tag`, matched on its primary language subtag and
    /// without regard to case (`EN`, `en-GB` and `en` are all English); nil
    /// for a language the brief has no words in.
    public static func table(for tag: String) -> BriefWords? {
        let primary = tag.split(separator: "-", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        return all.first { $0.language == primary }
    }

    /// The table for `tag`, or Chinese, the source language, when there is none.
    public static func forLanguage(_ tag: String) -> BriefWords {
        table(for: tag) ?? .chinese
    }
}
