import Foundation
import SDGBriefCore

/// Writes the report as flat tables under `csv/`, one file per table, for
/// spreadsheets and scripts. Keys (`case_id`, `sdg`) join the tables.
public struct CSVExporter: Exporter {
    public let name = "csv"
    public let summary = "Tables of cases, SDGs, metrics, milestones, partners and conclusions (CSV)"

    /// Separates the items of a list held in one cell (awards, SDG numbers).
    /// Not a comma, so that the cell needs no quoting and splits with one call.
    public static let listSeparator = ";"

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
        let total = sources.reduce(0) { $0 + $1.rowCount }
        sink.progress(ExportProgress(done: total, total: total, unit: "rows"))
    }

    func tables(_ report: Report, language: String) -> [CSVTableSource] {
        [
            cases(report, language: language),
            caseSDGs(report, language: language),
            metrics(report, language: language),
            milestones(report, language: language),
            partners(report, language: language),
            conclusions(report, language: language),
            goals(language: language),
        ]
    }

    private func cases(_ report: Report, language: String) -> CSVTableSource {
        // Looked up once, not once per case: a report has a few awards and many cases.
        let awardNames = Dictionary(report.awards.map { ($0.id, $0.shortName.text(in: language)) }, uniquingKeysWith: { first, _ in first })
        return CSVTableSource(
            name: "cases",
            header: [
                "case_id", "city", "country", "practice", "awards", "primary_sdgs",
                "region", "latitude", "longitude", "related_sdgs", "award_ids",
            ],
            rowCount: report.cases.count
        ) { table in
            for item in report.cases {
                table.text(item.id)
                table.text(item.city.text(in: language))
                table.text(item.country.text(in: language))
                table.text(item.practice.text(in: language))
                table.text(joining: item.awards.lazy.map { awardNames[$0] ?? $0 }, separator: Self.listSeparator)
                table.text(joining: item.sdgs.lazy.filter { $0.role == .primary }.map(\.goal), separator: Self.listSeparator)
                table.text(item.region.text(in: language))
                table.number(item.location.latitude)
                table.number(item.location.longitude)
                table.text(joining: item.sdgs.lazy.filter { $0.role == .related }.map(\.goal), separator: Self.listSeparator)
                table.text(joining: item.awards, separator: Self.listSeparator)
                try table.endRow()
            }
        }
    }

    private func caseSDGs(_ report: Report, language: String) -> CSVTableSource {
        // Named once per goal, not once per row: a catalogue lookup copies the goal's four strings.
        let names = Dictionary(uniqueKeysWithValues: SDGCatalog.validNumbers.map { ($0, goalName($0, language: language)) })
        return CSVTableSource(
            name: "case_sdgs",
            header: ["case_id", "sdg", "sdg_name", "role"],
            rowCount: report.cases.reduce(0) { $0 + $1.sdgs.count }
        ) { table in
            for item in report.cases {
                for tag in item.sdgs {
                    table.text(item.id)
                    table.integer(tag.goal)
                    table.text(names[tag.goal] ?? goalName(tag.goal, language: language))
                    table.text(tag.role.rawValue)
                    try table.endRow()
                }
            }
        }
    }

    private func metrics(_ report: Report, language: String) -> CSVTableSource {
        let formatter = MetricFormatter(language: language)
        func write(_ metric: Metric, caseID: String?, into table: inout CSVTableStream) throws {
            if let caseID { table.text(caseID) } else { table.empty() }
            table.text(metric.id)
            table.text(metric.label.text(in: language))
            table.number(metric.value)
            table.text(metric.unit.rawValue)
            table.text(metric.qualifier.rawValue)
            table.integer(metric.year)
            table.text(metric.quote)
            table.number(metric.valueHigh)
            table.text(metric, formattedBy: formatter)
            table.text(metric.estimate?.rawValue ?? "")
            try table.endRow()
        }
        return CSVTableSource(
            name: "metrics",
            header: ["case_id", "metric_id", "label", "value", "unit", "qualifier", "year", "quote", "value_high", "display", "estimate"],
            rowCount: report.cases.reduce(report.figures.count) { $0 + $1.figures.count }
        ) { table in
            // The report's own figures first, with no case.
            for metric in report.figures {
                try write(metric, caseID: nil, into: &table)
            }
            for item in report.cases {
                for metric in item.figures {
                    try write(metric, caseID: item.id, into: &table)
                }
            }
        }
    }

    private func milestones(_ report: Report, language: String) -> CSVTableSource {
        CSVTableSource(
            name: "milestones",
            header: ["case_id", "year", "event"],
            rowCount: report.cases.reduce(0) { $0 + $1.milestones.count }
        ) { table in
            for item in report.cases {
                for milestone in item.milestones {
                    table.text(item.id)
                    table.integer(milestone.year)
                    table.text(milestone.event.text(in: language))
                    try table.endRow()
                }
            }
        }
    }

    private func partners(_ report: Report, language: String) -> CSVTableSource {
        let words = BriefWords.forLanguage(language)
        return CSVTableSource(
            name: "partners",
            header: ["case_id", "partner", "sector", "sector_name"],
            rowCount: report.cases.reduce(0) { $0 + $1.partners.count }
        ) { table in
            for item in report.cases {
                for partner in item.partners {
                    table.text(item.id)
                    table.text(partner.name.text(in: language))
                    table.text(partner.sector.rawValue)
                    table.text(words.sectorName(partner.sector))
                    try table.endRow()
                }
            }
        }
    }

    private func conclusions(_ report: Report, language: String) -> CSVTableSource {
        CSVTableSource(name: "conclusions", header: ["rank", "title", "text"], rowCount: report.conclusions.count) { table in
            for conclusion in report.conclusions {
                table.integer(conclusion.rank)
                table.text(conclusion.title.text(in: language))
                table.text(conclusion.text.text(in: language))
                try table.endRow()
            }
        }
    }

    private func goals(language: String) -> CSVTableSource {
        CSVTableSource(name: "sdg_goals", header: ["sdg", "name", "color", "name_en"], rowCount: SDGCatalog.goals.count) { table in
            for goal in SDGCatalog.goals {
                table.integer(goal.number)
                table.text(goalName(goal.number, language: language))
                table.text(goal.colorHex)
                table.text(goal.nameEn)
                try table.endRow()
            }
        }
    }

    /// The goal's name in the brief's words for `language`.
    private func goalName(_ number: Int, language: String) -> String {
        guard let goal = SDGCatalog.goal(number) else { return String(number) }
        return BriefWords.forLanguage(language).goalName(goal)
    }
}
