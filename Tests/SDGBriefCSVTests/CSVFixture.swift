import SDGBriefCore

/// A report built to stress the CSV writer: separators, quotes and line breaks
/// inside text, text that a spreadsheet would run as a formula, and negative
/// and fractional numbers.
enum CSVFixture {
    static let awkwardPractice = "\"绿色走廊\"计划, 第一期\n第二行"

    static func report() -> Report {
        Report(
            id: "csv-fixture",
            title: LocalizedText(zh: "测试报告"),
            awards: [
                Award(id: "prize-a", name: LocalizedText(zh: "甲奖全称"), shortName: LocalizedText(["zh": "甲奖", "en": "Prize A"])),
                Award(id: "prize-b", name: LocalizedText(zh: "乙奖全称"), shortName: LocalizedText(zh: "乙奖")),
            ],
            figures: [
                metric("growth", value: 2_300_000_000, unit: .person, qualifier: .projected, year: 2050, quote: "预计将增加23亿人口"),
                metric("lacking", value: 33.3, unit: .percent, qualifier: .about, quote: "三分之一的城市居民"),
            ],
            cases: [
                Case(
                    id: "city-a",
                    city: LocalizedText(["zh": "=SUM(A1)", "en": "City A"]),
                    country: LocalizedText(zh: "+1"),
                    region: LocalizedText(zh: "南美洲"),
                    location: GeoPoint(latitude: -34.6037, longitude: -58.3816),
                    practice: LocalizedText(zh: awkwardPractice),
                    awards: ["prize-a", "prize-b"],
                    sdgs: [SDGTag(goal: 11, role: .primary), SDGTag(goal: 2, role: .primary), SDGTag(goal: 17, role: .related)],
                    partnership: LocalizedText(zh: "伙伴关系"),
                    figures: [
                        metric("fund", value: 10_700_000, unit: .usd, qualifier: .about, quote: "约1070万美元"),
                        metric("gain", value: 2, high: 4, unit: .times, quote: "两到四倍"),
                        metric("share", value: 0.5, unit: .percent, quote: "百分之零点五, 即\"半成\""),
                    ],
                    milestones: [
                        Milestone(year: 2007, event: LocalizedText(zh: "@cmd 启动")),
                        Milestone(year: 2015, event: LocalizedText(zh: "\t纳入规划")),
                    ],
                    partners: [
                        Partner(name: LocalizedText(zh: "-x 合作社"), sector: .civil),
                        Partner(name: LocalizedText(zh: "市政府"), sector: .public),
                    ]
                ),
                Case(
                    id: "city-b",
                    city: LocalizedText(zh: "乙市"),
                    country: LocalizedText(zh: "乙国"),
                    region: LocalizedText(zh: "亚洲"),
                    location: GeoPoint(latitude: 23.0225, longitude: 72.5714),
                    practice: LocalizedText(zh: "热浪行动计划"),
                    awards: [],
                    sdgs: [SDGTag(goal: 13, role: .primary)],
                    partnership: LocalizedText(zh: "伙伴关系"),
                    figures: [metric("slums", value: 107, unit: .settlement, quote: "107个贫民窟")]
                ),
            ],
            conclusions: [
                Conclusion(rank: 1, title: LocalizedText(zh: "建立联盟"), text: LocalizedText(zh: "正文，含逗号, 和引号\"")),
                Conclusion(rank: 2, title: LocalizedText(zh: "\r回车开头"), text: LocalizedText(zh: "第二条")),
            ]
        )
    }

    static func metric(
        _ id: String, value: Double, high: Double? = nil, unit: MetricUnit, qualifier: Qualifier = .exact, year: Int? = nil, quote: String
    ) -> Metric {
        Metric(id: id, label: LocalizedText(zh: "标签 \(id)"), value: value, valueHigh: high, unit: unit, qualifier: qualifier, year: year, quote: quote)
    }
}
