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
    static func sentence(_ items: some Sequence<String>, count: Int, unit: String = "个案例") -> String {
        let listed = Array(items.prefix(listedItems))
        guard !listed.isEmpty else { return "" }
        let left = count - listed.count
        return listed.joined(separator: "；") + (left > 0 ? "；另有\(left)\(unit)未列出，完整数据见CSV表格" : "") + "。"
    }

    /// Names as a list, "甲、乙", cut after `listedItems` with "等N个" for the whole.
    static func names(_ names: some Sequence<String>, count: Int) -> String {
        let listed = Array(names.prefix(listedItems))
        return listed.joined(separator: "、") + (count > listed.count ? "等\(count)个" : "")
    }
}
