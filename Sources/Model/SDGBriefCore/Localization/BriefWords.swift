/// Every word the brief itself supplies around the report's own text, in one
/// language: headings, labels, goal and sector names, the words of figures,
/// page furniture, chart titles and alt text.
///
/// Exporters render from this table and never spell a heading themselves, so
/// a heading exists once per language and a new language is one more table
/// (a `static let` beside `chinese` and `english`, listed in `all`), not a
/// hunt through every exporter. Phrases that hold a number are functions, so
/// that each language can put the number where its grammar wants it and pick
/// singular or plural.
public struct BriefWords: Sendable {
    /// The primary language subtag this table is for: "zh", "en".
    public let language: String
    /// The name of the language in itself, for listings.
    public let languageName: String
    /// How figures are read: in 万 and 亿, or in thousands and millions.
    public let numbers: NumberWords

    // MARK: Punctuation

    /// Follows a label: "：" in Chinese, ": " in English.
    public let colon: String
    /// Between items of a run-in list: "、" or ", ".
    public let listSeparator: String
    /// Between clauses of one sentence: "，" or ", ".
    public let clauseSeparator: String
    /// Between the items of a long list read aloud: "；" or "; ".
    public let itemSeparator: String
    /// Ends a sentence: "。" or ".".
    public let fullStop: String
    /// Between two sentences: none after "。", a space after ".".
    public let sentenceSpace: String
    /// A gap between a heading's number and its words ("案例 01　城市", "Case 01  City").
    public let headingGap: String
    /// Between the parts of a kicker or subtitle: "　·　" or " · ".
    public let dotSeparator: String
    /// `text` in brackets, with the space before them that the language wants: "（波兰）", " (Poland)".
    public let parenthesized: @Sendable (String) -> String
    /// The two-way list "甲与乙", "A and B", and longer ones.
    public let conjoined: @Sendable ([String]) -> String

    // MARK: Sections

    public let cover: String
    public let contents: String
    public let introduction: String
    public let cityCases: String
    public let charts: String
    public let conclusions: String
    public let closing: String
    /// The report's own figures, under the introduction and on the cover.
    public let atAGlance: String
    public let keyFigures: String

    // MARK: A case

    /// "案例1", "Case 1": how a case is referred to in running text.
    public let caseLabel: @Sendable (Int) -> String
    /// "案例 01", "Case 01": the zero-padded number over a case's heading in print.
    public let caseNumber: @Sendable (Int) -> String
    public let practice: String
    public let awards: String
    public let goals: String
    public let partnership: String
    /// The label of the partnership summary box in the PDF.
    public let partnershipBox: String
    public let milestones: String
    public let partners: String
    /// How a role is marked after a goal: "主要", "primary".
    public let primary: String
    public let related: String
    /// Legend words: "主要目标", "Primary goal".
    public let primaryGoal: String
    public let relatedGoal: String
    /// "目标11", "SDG 11".
    public let goalLabel: @Sendable (Int) -> String
    /// The goal's official short name: "可持续城市和社区", "Sustainable Cities and Communities".
    public let goalName: @Sendable (SDGGoal) -> String
    /// A calendar year as a label: "2015年", "2015".
    public let year: @Sendable (Int) -> String
    /// What each known sector is called; an unknown sector shows its code.
    public let sectorNames: [Sector: String]

    // MARK: Tables

    /// The column heads of a figure table: what it counts, its value, the source's words.
    public let figureColumn: String
    public let valueColumn: String
    public let quoteColumn: String

    // MARK: Cover and page furniture

    /// "第 3 页 / 共 12 页", "Page 3 of 12".
    public let pageOf: @Sendable (Int, Int) -> String
    public let caseSources: String
    /// "案例涉及的可持续发展目标（9/17）", "SDGs the cases address (9/17), with the number of cases under each".
    public let goalsAddressed: @Sendable (Int) -> String
    /// "八座城市的实践", "Practices from eight cities".
    public let practicesOfCities: @Sendable (Int) -> String
    /// "2026年5月", "May 2026".
    public let monthOfYear: @Sendable (Int, Int) -> String
    /// "另有12座城市，见目录", "12 more cities: see the contents".
    public let moreCities: @Sendable (Int) -> String
    /// "8例", "8": a short count under a goal icon.
    public let caseTally: @Sendable (Int) -> String
    /// "城市伙伴关系，第 3 页", "City partnerships, page 3": what a link to a
    /// titled page says to a screen reader.
    public let pageReference: @Sendable (String, Int) -> String

    // MARK: Charts

    public let chart: ChartWords

    /// The sector's name in this language.
    public func sectorName(_ sector: Sector) -> String {
        sectorNames[sector] ?? sector.rawValue
    }

    /// The goal numbered `number`'s name, or empty outside 1–17.
    public func goalName(_ number: Int) -> String {
        SDGCatalog.goal(number).map(goalName) ?? ""
    }
}
