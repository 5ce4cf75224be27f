import SDGBriefCore

/// The tables a report is flattened into, for spreadsheets and code: cases,
/// their goals, figures, milestones, partners, conclusions and the goals
/// themselves. Each table's rows are written here once, through a
/// `TableRowWriter`, so the CSV files and the workbook's sheets agree; what
/// each column means is in `ReportTable+Columns.swift`.
public enum ReportTable: String, Sendable, CaseIterable {
    case cases
    case caseSDGs = "case_sdgs"
    case metrics
    case milestones
    case partners
    case conclusions
    case goals = "sdg_goals"

    /// The file name without extension, and the data package's resource name.
    public var name: String { rawValue }

    /// How many rows `writeRows` writes, known before any is made.
    public func rowCount(_ report: Report) -> Int {
        switch self {
        case .cases: report.cases.count
        case .caseSDGs: report.cases.reduce(0) { $0 + $1.sdgs.count }
        case .metrics: report.cases.reduce(report.figures.count) { $0 + $1.figures.count }
        case .milestones: report.cases.reduce(0) { $0 + $1.milestones.count }
        case .partners: report.cases.reduce(0) { $0 + $1.partners.count }
        case .conclusions: report.conclusions.count
        case .goals: SDGCatalog.goals.count
        }
    }

    /// Writes every row, fields in the order of `columns`. Text is in
    /// `language` where the report has it, and in Chinese otherwise.
    public func writeRows<Writer: TableRowWriter>(_ report: Report, language: String, into writer: inout Writer) throws {
        switch self {
        case .cases: try Self.writeCases(report, language: language, into: &writer)
        case .caseSDGs: try Self.writeCaseSDGs(report, language: language, into: &writer)
        case .metrics: try Self.writeMetrics(report, language: language, into: &writer)
        case .milestones: try Self.writeMilestones(report, language: language, into: &writer)
        case .partners: try Self.writePartners(report, language: language, into: &writer)
        case .conclusions: try Self.writeConclusions(report, language: language, into: &writer)
        case .goals: try Self.writeGoals(language: language, into: &writer)
        }
    }

    /// Separates the items of a list held in one cell (awards, award ids).
    /// Not a comma, so that the cell needs no quoting and splits with one call.
    public static let listSeparator = ";"

    private static func writeCases<Writer: TableRowWriter>(_ report: Report, language: String, into table: inout Writer) throws {
        // Looked up once, not once per case: a report has a few awards and many cases.
        let awardNames = Dictionary(report.awards.map { ($0.id, $0.shortName.text(in: language)) }, uniquingKeysWith: { first, _ in first })
        for item in report.cases {
            table.text(item.id)
            table.text(item.city.text(in: language))
            table.text(item.country.text(in: language))
            table.text(item.practice.text(in: language))
            table.text(joining: item.awards.lazy.map { awardNames[$0] ?? $0 }, separator: listSeparator)
            table.text(item.region.text(in: language))
            table.number(item.location.latitude)
            table.number(item.location.longitude)
            table.text(joining: item.awards, separator: listSeparator)
            try table.endRow()
        }
    }

    private static func writeCaseSDGs<Writer: TableRowWriter>(_ report: Report, language: String, into table: inout Writer) throws {
        // Named once per goal, not once per row: a catalogue lookup copies the goal's four strings.
        let names = Dictionary(uniqueKeysWithValues: SDGCatalog.validNumbers.map { ($0, goalName($0, language: language)) })
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

    private static func writeMetrics<Writer: TableRowWriter>(_ report: Report, language: String, into table: inout Writer) throws {
        let formatter = MetricFormatter(language: language)
        func write(_ metric: Metric, caseID: String?) throws {
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
        // The report's own figures first, with no case.
        for metric in report.figures {
            try write(metric, caseID: nil)
        }
        for item in report.cases {
            for metric in item.figures {
                try write(metric, caseID: item.id)
            }
        }
    }

    private static func writeMilestones<Writer: TableRowWriter>(_ report: Report, language: String, into table: inout Writer) throws {
        for item in report.cases {
            for milestone in item.milestones {
                table.text(item.id)
                table.integer(milestone.year)
                table.text(milestone.event.text(in: language))
                try table.endRow()
            }
        }
    }

    private static func writePartners<Writer: TableRowWriter>(_ report: Report, language: String, into table: inout Writer) throws {
        let words = BriefWords.forLanguage(language)
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

    private static func writeConclusions<Writer: TableRowWriter>(_ report: Report, language: String, into table: inout Writer) throws {
        for conclusion in report.conclusions {
            table.integer(conclusion.rank)
            table.text(conclusion.title.text(in: language))
            table.text(conclusion.text.text(in: language))
            try table.endRow()
        }
    }

    private static func writeGoals<Writer: TableRowWriter>(language: String, into table: inout Writer) throws {
        for goal in SDGCatalog.goals {
            table.integer(goal.number)
            table.text(goalName(goal.number, language: language))
            table.text(goal.colorHex)
            table.text(goal.nameEn)
            try table.endRow()
        }
    }

    /// The goal's name in the brief's words for `language`.
    private static func goalName(_ number: Int, language: String) -> String {
        guard let goal = SDGCatalog.goal(number) else { return String(number) }
        return BriefWords.forLanguage(language).goalName(goal)
    }
}
