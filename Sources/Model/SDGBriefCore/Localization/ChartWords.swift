/// The words of the slide charts in one language: titles, subtitles,
/// legends, notes and the alt text read aloud. Part of `BriefWords`.
public struct ChartWords: Sendable {
    /// Each chart's title by chart id. A new chart adds its id to every table.
    public let titles: [String: String]
    /// The line at the foot of every chart: "数据来源：…", "Source: …".
    public let source: @Sendable (String) -> String
    /// "8个案例", "8 cases".
    public let cases: @Sendable (Int) -> String
    /// The unit after a large count on a card: "个案例", "cases".
    public let casesUnit: @Sendable (Int) -> String
    /// "另有3个案例未显示", "3 more cases not shown".
    public let casesHidden: @Sendable (Int) -> String
    /// Subtitles.
    public let coverageSubtitle: @Sendable (_ cases: Int, _ goals: Int) -> String
    public let matrixSubtitle: @Sendable (_ cases: Int) -> String
    public let awardsSubtitle: @Sendable (_ cases: Int) -> String
    public let timelineSubtitle: @Sendable (_ cases: Int, _ milestones: Int) -> String
    public let timelineHidden: @Sendable (_ cases: Int, _ milestones: Int) -> String
    public let keyFiguresSubtitle: String
    public let keyFiguresHidden: @Sendable (Int) -> String
    public let partnersSubtitle: @Sendable (_ cases: Int, _ partners: Int) -> String
    public let comparisonSubtitle: @Sendable (_ cases: Int) -> String
    /// Names the figure a comparison shows when it is not the default: " · 指标 X", " · figure X".
    public let comparisonMetric: @Sendable (String) -> String
    /// Leads the list of cases without data: "无数据：", "No data: ".
    public let noData: String
    /// Cases that won no award.
    public let noAward: String
    /// A group of cases that won every award named.
    public let jointAward: @Sendable ([String]) -> String

    // MARK: Alt text

    /// What a long list read aloud leaves out: "另有5个案例未列出，完整数据见CSV表格".
    public let notListed: @Sendable (_ count: Int, _ unit: AltTextUnit) -> String
    /// A list of names cut short: "甲、乙等12个", "A, B and 10 others".
    public let namesCut: @Sendable (_ listed: [String], _ count: Int) -> String
    public let coverageAlt: @Sendable (_ cases: Int) -> String
    public let coverageAltItem: @Sendable (_ goal: Int, _ name: String, _ primary: Int, _ related: Int) -> String
    public let coverageAltUnserved: @Sendable (_ goals: Int) -> String
    public let matrixAlt: @Sendable (_ cases: Int) -> String
    public let matrixAltItem: @Sendable (_ city: String, _ primary: [Int], _ related: [Int]) -> String
    public let awardsAlt: @Sendable (_ cases: Int) -> String
    public let awardsAltItem: @Sendable (_ group: String, _ count: Int, _ names: String) -> String
    public let timelineAlt: @Sendable (_ cases: Int, _ first: Int?, _ last: Int?) -> String
    public let timelineAltItem: @Sendable (_ city: String, _ events: [(year: Int, event: String)]) -> String
    public let keyFiguresAlt: String
    public let keyFiguresAltItem: @Sendable (_ city: String, _ label: String, _ value: String) -> String
    public let partnersAlt: String
    public let partnersAltItem: @Sendable (_ city: String, _ total: Int, _ sectors: [(name: String, count: Int)]) -> String
    public let comparisonAlt: @Sendable (_ title: String) -> String
    public let comparisonAltItem: @Sendable (_ city: String, _ value: String) -> String
    public let comparisonAltMissing: @Sendable (_ names: String) -> String
}

/// What the items of a list read aloud are, for saying how many are left out.
public enum AltTextUnit: Sendable {
    case cases, goals, groups
}
