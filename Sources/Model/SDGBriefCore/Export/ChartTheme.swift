/// Backgrounds charts are drawn for.
public enum ChartTheme: String, Sendable, Hashable, CaseIterable {
    case light
    case dark
    /// Dark text on no background, for slides with their own light backdrop.
    case transparent
}
