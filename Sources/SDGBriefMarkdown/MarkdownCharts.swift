import SDGBriefCore

/// The slide charts the Markdown brief shows as images, with the files the
/// chart exporters write them to (`charts/<id>.svg`, `charts/<id>.png`).
///
/// Listed here rather than taken from the charts target so that this exporter
/// depends on the core alone; the command line's tests check that every image
/// the brief links is a file the same export writes.
enum MarkdownCharts {
    struct Entry: Sendable, Equatable {
        var id: String
        var title: String
    }

    static let all: [Entry] = [
        Entry(id: "sdg-coverage", title: "各可持续发展目标覆盖的案例数"),
        Entry(id: "sdg-matrix", title: "案例与可持续发展目标"),
        Entry(id: "awards", title: "获奖案例"),
        Entry(id: "timeline", title: "案例里程碑时间线"),
        Entry(id: "key-figures", title: "关键数据"),
        Entry(id: "partners", title: "各案例的合作伙伴构成"),
        Entry(id: "population", title: "城市人口"),
    ]

    /// The chart images this export writes and their relative paths: none
    /// unless a chart format is among the formats written, SVG when both are
    /// (it scales), and only the charts `--chart` asked for when it did.
    static func images(for options: ExportOptions) -> [(entry: Entry, path: String)] {
        guard let fileExtension = ["svg", "png"].first(where: options.formats.contains) else { return [] }
        let wanted = options.charts.isEmpty ? all : all.filter { options.charts.contains($0.id) }
        return wanted.map { ($0, "charts/\($0.id).\(fileExtension)") }
    }
}
