import SDGBriefCore

/// Writing alt text from lists of values.
///
/// Alt text is read aloud. Past a few dozen items a listener is better served
/// by the CSV tables, and a network's ten thousand cases would make a chart's
/// description a megabyte long; so lists stop after `listedItems` and say how
/// many they leave out. A report of that size or smaller reads in full.
enum AltText {
    static let listedItems = 20

    /// The first `listedItems` of `count` items as one sentence, "甲；乙。",
    /// then how many are not listed, counted in `unit`; nothing when there
    /// are none, so that a chart with no items does not read "…的里程碑。。".
    /// Items are taken lazily: pass a lazy map to build only those listed.
    static func sentence(_ items: some Sequence<String>, count: Int, unit: AltTextUnit = .cases, words: BriefWords) -> String {
        let listed = Array(items.prefix(listedItems))
        guard !listed.isEmpty else { return "" }
        let left = count - listed.count
        let more = left > 0 ? [words.chart.notListed(left, unit)] : []
        return (listed + more).joined(separator: words.itemSeparator) + words.fullStop
    }

    /// Names as a list, "甲、乙", cut after `listedItems` saying how many there are in all.
    static func names(_ names: some Sequence<String>, count: Int, words: BriefWords) -> String {
        words.chart.namesCut(Array(names.prefix(listedItems)), count)
    }

    /// Sentences joined as the language joins them, leaving out empty ones.
    static func sentences(_ parts: [String], words: BriefWords) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: words.sentenceSpace)
    }
}
