import SDGBriefCore

/// A small report with one of everything the brief shows, and a case whose
/// text is full of Markdown.
enum MarkdownFixture {
    static let hostileText = "*bold* [x](y) <b>"

    static func report() -> Report {
        Report(
            id: "markdown-fixture",
            title: LocalizedText(zh: "城市伙伴关系与可持续发展目标"),
            subtitle: LocalizedText(zh: "创新的未来在于城市"),
            awards: [Award(id: "guangzhou-award", name: LocalizedText(zh: "广州国际城市创新奖"), shortName: LocalizedText(zh: "广州奖"))],
            introduction: [LocalizedText(zh: "按目前速度，鲜有国家能在2030年的截止日期前实现可持续发展目标。")],
            figures: [
                Metric(id: "growth", label: LocalizedText(zh: "城市新增人口"), value: 2_300_000_000, unit: .person,
                       qualifier: .projected, year: 2050, quote: "预计到本世纪中叶将增加23亿人口"),
            ],
            cases: [
                Case(
                    id: "guayaquil",
                    city: LocalizedText(zh: "瓜亚基尔"),
                    country: LocalizedText(zh: "厄瓜多尔"),
                    region: LocalizedText(zh: "拉丁美洲"),
                    location: GeoPoint(latitude: -2.17, longitude: -79.92),
                    practice: LocalizedText(zh: "红树林保护与社区发展"),
                    awards: ["guangzhou-award"],
                    sdgs: [SDGTag(goal: 14, role: .related), SDGTag(goal: 1, role: .primary)],
                    partnership: LocalizedText(zh: "瓜亚基尔与渔民合作社合作，恢复红树林。"),
                    narrative: [LocalizedText(zh: "项目始于2016年。")],
                    figures: [
                        Metric(id: "beneficiaries", label: LocalizedText(zh: "受益人数"), value: 312_369, unit: .person, qualifier: .over, quote: "超过312,369"),
                        Metric(id: "funding", label: LocalizedText(zh: "项目资金"), value: 10_700_000, unit: .usd, qualifier: .about, quote: "约1070万美元"),
                    ],
                    milestones: [Milestone(year: 2016, event: LocalizedText(zh: "启动红树林恢复项目"))],
                    partners: [
                        Partner(name: LocalizedText(zh: "渔民合作社"), sector: .civil),
                        Partner(name: LocalizedText(zh: "市政府"), sector: .public),
                    ]
                ),
                Case(
                    id: "hostile",
                    city: LocalizedText(zh: hostileText),
                    country: LocalizedText(zh: "# 某国 |"),
                    region: LocalizedText(zh: "亚洲"),
                    location: GeoPoint(latitude: 1, longitude: 2),
                    practice: LocalizedText(zh: "- `code` & &amp; _under_"),
                    awards: [],
                    sdgs: [SDGTag(goal: 11, role: .primary)],
                    partnership: LocalizedText(zh: "> 引用 ![img](x.png)"),
                    narrative: [LocalizedText(zh: "2030. 不是列表"), LocalizedText(zh: "    不是代码")],
                    figures: [
                        Metric(id: "pipes", label: LocalizedText(zh: "a|b"), value: 3, unit: .count, quote: "3 | 个 \\ *"),
                    ]
                ),
            ],
            conclusionsPreamble: [LocalizedText(zh: "城市对实现可持续发展目标至关重要。")],
            conclusions: [
                Conclusion(rank: 1, title: LocalizedText(zh: "建立地方联盟"), text: LocalizedText(zh: "资金需求远超可用资源。")),
                Conclusion(rank: 2, title: LocalizedText(zh: "分享知识"), text: LocalizedText(zh: "伙伴关系有助于共享知识。")),
            ],
            closing: [LocalizedText(zh: "总之，城市伙伴关系至关重要。")]
        )
    }
}
