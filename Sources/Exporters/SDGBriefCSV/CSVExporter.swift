import Foundation
import SDGBriefCore

/// Writes the report as flat tables under `csv/`, one file per table, for
/// spreadsheets and scripts. Keys (`case_id`, `sdg`) join the tables.
public struct CSVExporter: Exporter {
    public let name = "csv"
    public let summary = "Tables of cases, SDGs, metrics, milestones, partners and conclusions (CSV)"

    /// Separates the items of a list held in one cell (awards, award ids).
    /// Not a comma, so that the cell needs no quoting and splits with one call.
    public static let listSeparator = ReportTable.listSeparator

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        try collectingArtifacts(report, options: options)
    }

    /// Streams each table row by row: the rows of a table are made from one
    /// case at a time and never held all at once.
    ///
    /// The metrics table, most of the work, is written on a second thread
    /// while this one writes the others: the tables share nothing but the
    /// report, which is read only. Every file is begun and finished here, in
    /// table order, so that the sink numbers and collects them as it would
    /// one after another, and the bytes are the same.
    public func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws {
        let sources = tables(report, language: options.language)
        let streams = try sources.map { try sink.begin("csv/\($0.name).csv") }
        let metrics = sources.indices.filter { sources[$0].name == "metrics" }
        let others = sources.indices.filter { sources[$0].name != "metrics" }
        try CSVConcurrentTables(sources: sources, streams: streams, profile: options.csvProfile, sink: sink).write(groups: [metrics, others])
        for stream in streams {
            try stream.finish()
        }
        try sink.write(Artifact(path: "csv/\(DataPackage.fileName)", contents: DataPackage.descriptor(report, options: options)))
        let total = sources.reduce(0) { $0 + $1.rowCount }
        sink.progress(ExportProgress(done: total, total: total, unit: "rows"))
    }

    func tables(_ report: Report, language: String) -> [CSVTableSource] {
        ReportTable.allCases.map { table in
            CSVTableSource(name: table.name, header: table.columns.map(\.name), rowCount: table.rowCount(report)) { stream in
                try table.writeRows(report, language: language, into: &stream)
            }
        }
    }
}
