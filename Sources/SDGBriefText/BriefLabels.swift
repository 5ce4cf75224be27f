import SDGBriefCore

/// The words the text brief adds around the report's own text, in the
/// languages it has them for; any other language gets the Chinese.
struct BriefLabels: Sendable {
    var introduction: String
    var keyFigures: String
    var caseHeading: String
    var practice: String
    var awards: String
    var goals: String
    var goalPrefix: String
    var primary: String
    var related: String
    var partnership: String
    var milestones: String
    var partners: String
    var conclusions: String
    /// Follows a label: “：” in Chinese, “: ” in English.
    var colon: String
    /// Between items of a run-in list: “、” in Chinese, “, ” in English.
    var listSeparator: String
    var yearSuffix: String
    var sectorNames: [Sector: String]

    static let chinese = BriefLabels(
        introduction: "引言", keyFigures: "关键数据", caseHeading: "案例", practice: "实践", awards: "奖项",
        goals: "可持续发展目标", goalPrefix: "目标", primary: "（主要）", related: "（相关）", partnership: "伙伴关系",
        milestones: "里程碑", partners: "合作伙伴", conclusions: "结论", colon: "：", listSeparator: "、", yearSuffix: "年",
        sectorNames: Dictionary(uniqueKeysWithValues: Sector.known.map { ($0, $0.nameZh) })
    )

    static let english = BriefLabels(
        introduction: "Introduction", keyFigures: "Key figures", caseHeading: "Case", practice: "Practice", awards: "Awards",
        goals: "SDGs", goalPrefix: "SDG ", primary: " (primary)", related: " (related)", partnership: "Partnership",
        milestones: "Milestones", partners: "Partners", conclusions: "Conclusions", colon: ": ", listSeparator: ", ",
        yearSuffix: "",
        sectorNames: [
            .public: "Public sector", .private: "Private sector", .civil: "Civil society", .academic: "Academia",
            .international: "International organisations",
        ]
    )

    static func forLanguage(_ language: String) -> BriefLabels {
        LocalizedText.isEnglish(language) ? english : chinese
    }

    func sectorName(_ sector: Sector) -> String {
        sectorNames[sector] ?? sector.rawValue
    }
}
