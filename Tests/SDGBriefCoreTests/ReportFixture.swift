import SDGBriefCore

/// A small valid report built in code, so that each validator test changes one thing.
enum ReportFixture {
    static func valid() -> Report {
        Report(
            id: "fixture",
            title: LocalizedText(zh: "测试报告"),
            awards: [Award(id: "prize", name: LocalizedText(zh: "测试奖"), shortName: LocalizedText(zh: "奖"))],
            figures: [metric(id: "share", value: 80, unit: .percent)],
            cases: [
                Case(
                    id: "city-a",
                    city: LocalizedText(zh: "甲市"),
                    country: LocalizedText(zh: "甲国"),
                    region: LocalizedText(zh: "亚洲"),
                    location: GeoPoint(latitude: 10, longitude: 20),
                    practice: LocalizedText(zh: "实践"),
                    awards: ["prize"],
                    sdgs: [SDGTag(goal: 11, role: .primary), SDGTag(goal: 17, role: .related)],
                    partnership: LocalizedText(zh: "伙伴关系"),
                    figures: [metric(id: "people", value: 1000, unit: .person)],
                    milestones: [Milestone(year: 2015, event: LocalizedText(zh: "启动"))],
                    partners: [Partner(name: LocalizedText(zh: "市政府"), sector: .public)]
                )
            ],
            conclusions: [Conclusion(rank: 1, title: LocalizedText(zh: "结论"), text: LocalizedText(zh: "正文"))]
        )
    }

    static func metric(id: String, value: Double, unit: MetricUnit) -> Metric {
        Metric(id: id, label: LocalizedText(zh: "标签"), value: value, unit: unit, qualifier: .exact, quote: "原文")
    }
}
