/// What an exporter has done so far of what it has to do, in its own unit:
/// pages of a brief, rows of tables, charts.
public struct ExportProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    /// Plural noun, as shown: "pages", "rows", "charts".
    public var unit: String

    public init(done: Int, total: Int, unit: String) {
        self.done = done
        self.total = total
        self.unit = unit
    }
}
