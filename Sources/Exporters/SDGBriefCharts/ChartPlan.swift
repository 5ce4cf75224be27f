import Foundation
import SDGBriefCore

/// Which slide charts an export draws, on which canvas, and where each
/// chart's files go. Every output that draws, writes or links the slide
/// charts (the SVG and PNG exporters, the deck, the Markdown brief, the
/// command's checks and its note) asks a plan made from the same report and
/// options, so they can never disagree about a chart or a file name.
public struct ChartPlan: Sendable {
    /// The folder every chart file is written into.
    public static let folder = "charts"

    /// What the charts are drawn on: the size, theme and language the options
    /// ask for, and the figure the population chart compares (`--metric`).
    public let canvas: ChartCanvas
    /// The charts drawn, in the catalogue's order, each once, so that what is
    /// written does not depend on the order `--chart` named them in.
    public let charts: [any Chart]
    /// Charts a plain export (no `--chart`) leaves out because the report
    /// gives them nothing to show; always empty when charts were named,
    /// since a named chart with nothing to show is refused instead.
    public let leftOut: [any Chart]

    /// The plan for `report` under `options`. Throws `ExportFailure` of kind
    /// `.invalidOption`, worded for the command line, for an unknown chart id,
    /// a `--metric` the population chart cannot compare or would not use, and a
    /// chart named with `--chart` that the report gives nothing to show: an
    /// empty axis is never what was meant.
    public init(_ report: Report, options: ExportOptions) throws(ExportFailure) {
        let requested = try Self.requestedIDs(options.charts)
        if let problem = PopulationChart.metricProblem(options.chartMetric, charts: requested, in: report) {
            throw ExportFailure(.invalidOption, problem)
        }
        let canvas = ChartCanvas(options: options)
        let named = requested.isEmpty ? ChartCatalog.all : ChartCatalog.all.filter { requested.contains($0.id) }
        let (drawn, empty) = named.reduce(into: ([any Chart](), [any Chart]())) { split, chart in
            if chart.hasData(report, on: canvas) { split.0.append(chart) } else { split.1.append(chart) }
        }
        if !requested.isEmpty, let first = empty.first {
            throw ExportFailure(.invalidOption, "--chart \(first.id): this report gives the chart nothing to show")
        }
        self.canvas = canvas
        self.charts = drawn
        self.leftOut = empty
    }

    /// The chart ids `values` name (`--chart` as given: repeated, or comma
    /// lists), trimmed, without empty ones. Throws for an id the catalogue
    /// does not know, so that a typo is refused before any report is read.
    public static func requestedIDs(_ values: [String]) throws(ExportFailure) -> [String] {
        let ids = values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if let unknown = ids.first(where: { ChartCatalog.chart(id: $0) == nil }) {
            throw ExportFailure(.invalidOption, "unknown chart \"\(unknown)\" (known charts: \(ChartCatalog.ids.joined(separator: ", ")))")
        }
        return ids
    }

    /// The ids of the charts drawn, in the catalogue's order.
    public var ids: [String] { charts.map(\.id) }

    /// The relative path of `chart`'s `file` in the output directory, e.g.
    /// `charts/timeline.svg`. A chart's files are named after its id: the
    /// population chart keeps its name when `--metric` makes it compare
    /// another figure, so that slides and links made from one export find
    /// their files in the next.
    public func path(of chart: any Chart, _ file: ChartFile) -> String {
        Self.path(ofChart: chart.id, file)
    }

    /// The relative path of the chart with id `id` as `file`.
    public static func path(ofChart id: String, _ file: ChartFile) -> String {
        "\(folder)/\(id).\(file.rawValue)"
    }

    /// One line for standard error naming the charts a plain export leaves
    /// out, so that a missing file is no surprise; nil when none is.
    public var leftOutNote: String? {
        guard !leftOut.isEmpty else { return nil }
        let pronoun = leftOut.count == 1 ? "it" : "them"
        return "charts not drawn, as this report gives \(pronoun) nothing to show: \(leftOut.map(\.id).joined(separator: ", "))"
    }
}
