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
        tables(report, language: options.language).map { table in
            Artifact(path: "csv/\(table.name).csv", contents: table.encoded(profile: options.csvProfile))
        }
    }

    func tables(_ report: Report, language: String) -> [CSVTable] {
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

    private func cases(_ report: Report, language: String) -> CSVTable {
        let list = Self.listSeparator
        return CSVTable(
            name: "cases",
            header: [
                "case_id", "city", "country", "practice", "awards", "primary_sdgs",
                "region", "latitude", "longitude", "related_sdgs", "award_ids",
            ],
            rows: report.cases.map { item in
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

    private func caseSDGs(_ report: Report, language: String) -> CSVTable {
        CSVTable(
            name: "case_sdgs",
            header: ["case_id", "sdg", "sdg_name", "role"],
            rows: report.cases.flatMap { item in
                item.sdgs.map { tag in
                    [.text(item.id), .integer(tag.goal), .text(goalName(tag.goal, language: language)), .text(tag.role.rawValue)]
                }
            }
        )
    }

    private func metrics(_ report: Report, language: String) -> CSVTable {
        let formatter = MetricFormatter()
        let owned: [(caseID: String, metric: Metric)] =
            report.figures.map { ("", $0) } + report.cases.flatMap { item in item.figures.map { (item.id, $0) } }
        return CSVTable(
            name: "metrics",
            header: ["case_id", "metric_id", "label", "value", "unit", "qualifier", "year", "quote", "value_high", "display"],
            rows: owned.map { caseID, metric in
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

    private func milestones(_ report: Report, language: String) -> CSVTable {
        CSVTable(
            name: "milestones",
            header: ["case_id", "year", "event"],
            rows: report.cases.flatMap { item in
                item.milestones.map { [.text(item.id), .integer($0.year), .text($0.event.text(in: language))] }
            }
        )
    }

    private func partners(_ report: Report, language: String) -> CSVTable {
        CSVTable(
            name: "partners",
            header: ["case_id", "partner", "sector", "sector_name"],
            rows: report.cases.flatMap { item in
                item.partners.map { partner in
                    [.text(item.id), .text(partner.name.text(in: language)), .text(partner.sector.rawValue), .text(partner.sector.nameZh)]
                }
            }
        )
    }

    private func conclusions(_ report: Report, language: String) -> CSVTable {
        CSVTable(
            name: "conclusions",
            header: ["rank", "title", "text"],
            rows: report.conclusions.map { [.integer($0.rank), .text($0.title.text(in: language)), .text($0.text.text(in: language))] }
        )
    }

    private func goals(language: String) -> CSVTable {
        CSVTable(
            name: "sdg_goals",
            header: ["sdg", "name", "color", "name_en"],
            rows: SDGCatalog.goals.map { goal in
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
