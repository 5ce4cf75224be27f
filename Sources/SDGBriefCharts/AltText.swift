/// Writing alt text from lists of values.
enum AltText {
    /// The items as one sentence, "甲；乙。", or nothing when there are none,
    /// so that a chart with no items does not read "…的里程碑。。".
    static func sentence(_ items: [String]) -> String {
        items.isEmpty ? "" : items.joined(separator: "；") + "。"
    }
}
