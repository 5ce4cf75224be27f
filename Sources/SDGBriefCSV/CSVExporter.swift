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
    public func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws {
        let sources = tables(report, language: options.language)
        let total = sources.map(\.rowCount).reduce(0, +)
        var done = 0
        for source in sources {
            var table = CSVTableStream(try sink.begin("csv/\(source.name).csv"), header: source.header, profile: options.csvProfile)
            try source.forEachRow { row in
                try table.write(row)
                done += 1
                if done % 4_096 == 0 { sink.progress(ExportProgress(done: done, total: total, unit: "rows")) }
            }
            try table.finish()
        }
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
        let list = Self.listSeparator
        return CSVTableSource(
            name: "cases",
            header: [
                "case_id", "city", "country", "practice", "awards", "primary_sdgs",
                "region", "latitude", "longitude", "related_sdgs", "award_ids",
            ],
            rowCount: report.cases.count,
            rows: report.cases.lazy.map { item in
                let awardNames = item.awards.map { id in report.award(id: id)?.shortName.text(in: language) ?? id }
                return [
                    .text(item.id),
                    .text(item.city.text(in: language)),
                    .text(item.country.text(in: language)),
                    .text(item.practice.text(in: language)),
                    .text(awardNames.joined(separator: list)),
                    .text(item.primaryGoals.map(String.init).joined(separator: list)),
                    .text(item.region.text(in: language)),
                    .number(item.location.latitude),
                    .number(item.location.longitude),
                    .text(item.relatedGoals.map(String.init).joined(separator: list)),
                    .text(item.awards.joined(separator: list)),
                ]
            }
        )
    }

    private func caseSDGs(_ report: Report, language: String) -> CSVTableSource {
        CSVTableSource(
            name: "case_sdgs",
            header: ["case_id", "sdg", "sdg_name", "role"],
            rowCount: report.cases.map(\.sdgs.count).reduce(0, +),
            rows: report.cases.lazy.flatMap { item in
                item.sdgs.map { tag in
                    [.text(item.id), .integer(tag.goal), .text(goalName(tag.goal, language: language)), .text(tag.role.rawValue)]
                }
            }
        )
    }

    private func metrics(_ report: Report, language: String) -> CSVTableSource {
        let formatter = MetricFormatter()
        // Pairs of an owner and its figures share the model's arrays, so this copies no figure.
        let owners = [(caseID: "", figures: report.figures)] + report.cases.map { (caseID: $0.id, figures: $0.figures) }
        let owned = owners.lazy.flatMap { owner in owner.figures.lazy.map { (caseID: owner.caseID, metric: $0) } }
        return CSVTableSource(
            name: "metrics",
            header: ["case_id", "metric_id", "label", "value", "unit", "qualifier", "year", "quote", "value_high", "display"],
            rowCount: report.figures.count + report.cases.map(\.figures.count).reduce(0, +),
            rows: owned.lazy.map { caseID, metric in
                [
                    caseID.isEmpty ? .empty : .text(caseID),
                    .text(metric.id),
                    .text(metric.label.text(in: language)),
                    .number(metric.value),
                    .text(metric.unit.rawValue),
                    .text(metric.qualifier.rawValue),
                    .optional(metric.year),
                    .text(metric.quote),
                    .optional(metric.valueHigh),
                    .text(formatter.string(metric)),
                ]
            }
        )
    }

    private func milestones(_ report: Report, language: String) -> CSVTableSource {
        CSVTableSource(
            name: "milestones",
            header: ["case_id", "year", "event"],
            rowCount: report.cases.map(\.milestones.count).reduce(0, +),
            rows: report.cases.lazy.flatMap { item in
                item.milestones.map { [.text(item.id), .integer($0.year), .text($0.event.text(in: language))] }
            }
        )
    }

    private func partners(_ report: Report, language: String) -> CSVTableSource {
        CSVTableSource(
            name: "partners",
            header: ["case_id", "partner", "sector", "sector_name"],
            rowCount: report.cases.map(\.partners.count).reduce(0, +),
            rows: report.cases.lazy.flatMap { item in
                item.partners.map { partner in
                    [.text(item.id), .text(partner.name.text(in: language)), .text(partner.sector.rawValue), .text(partner.sector.nameZh)]
                }
            }
        )
    }

    private func conclusions(_ report: Report, language: String) -> CSVTableSource {
        CSVTableSource(
            name: "conclusions",
            header: ["rank", "title", "text"],
            rowCount: report.conclusions.count,
            rows: report.conclusions.lazy.map { [.integer($0.rank), .text($0.title.text(in: language)), .text($0.text.text(in: language))] }
        )
    }

    private func goals(language: String) -> CSVTableSource {
        CSVTableSource(
            name: "sdg_goals",
            header: ["sdg", "name", "color", "name_en"],
            rowCount: SDGCatalog.goals.count,
            rows: SDGCatalog.goals.lazy.map { goal in
                [.integer(goal.number), .text(goalName(goal.number, language: language)), .text(goal.colorHex), .text(goal.nameEn)]
            }
        )
    }

    /// The catalogue has Chinese and English names; any other language falls back to Chinese.
    private func goalName(_ number: Int, language: String) -> String {
        guard let goal = SDGCatalog.goal(number) else { return String(number) }
        return LocalizedText.isEnglish(language) ? goal.nameEn : goal.nameZh
    }
}
