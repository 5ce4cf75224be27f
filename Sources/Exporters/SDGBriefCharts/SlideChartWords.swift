import SDGBriefCore

/// Words the slide redesign added, each in Chinese and English, so that a
/// language-aware chart finds both in one place.
enum SlideChartWords {
    /// Goals no case serves, named in one line instead of empty rows.
    static func goalsWithoutCases(_ numbers: [Int]) -> LocalizedText {
        LocalizedText([
            "zh": "没有案例的目标：" + numbers.map(String.init).joined(separator: "、"),
            "en": "Goals without a case: " + numbers.map(String.init).joined(separator: ", "),
        ])
    }

    /// A goal's short name on a tile-sized label: "SDG 11".
    static func goal(_ number: Int) -> LocalizedText {
        LocalizedText(["zh": "目标\(number)", "en": "SDG \(number)"])
    }

    /// Milestones a timeline had no room for, counted on the chart.
    static func milestonesNotShown(cases: Int, milestones: Int) -> LocalizedText {
        LocalizedText([
            "zh": "另有\(cases)个案例的\(milestones)个里程碑未显示",
            "en": "\(milestones) more milestones of \(cases) cases not shown",
        ])
    }

    /// Cards a key-figures chart had no room for.
    static func figuresNotShown(_ count: Int) -> LocalizedText {
        LocalizedText(["zh": "另有\(count)项未显示", "en": "\(count) more not shown"])
    }

    /// Why a goal appears in the matrix's caption only.
    static func goalsShown(_ shown: Int) -> LocalizedText {
        LocalizedText(["zh": "\(shown)个有案例的目标", "en": "\(shown) goals with cases"])
    }

    /// Alt text's account of what the chart leaves out.
    static func altNotShown(_ what: String) -> LocalizedText {
        LocalizedText(["zh": "图中未显示：\(what)。", "en": "Not shown on the chart: \(what)."])
    }
}
