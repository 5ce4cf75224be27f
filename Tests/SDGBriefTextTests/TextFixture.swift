import SDGBriefCore

/// A small report with one of everything the brief shows.
enum TextFixture {
    static func report() -> Report {
        Report(
            id: "text-fixture",
            title: LocalizedText(["zh": "城市伙伴关系与可持续发展目标", "en": "City Partnerships and the SDGs"]),
            subtitle: LocalizedText(zh: "创新的未来在于城市"),
            awards: [
                Award(id: "guangzhou-award", name: LocalizedText(zh: "广州国际城市创新奖"), shortName: LocalizedText(zh: "广州奖")),
                Award(id: "wri-ross-prize", name: LocalizedText(zh: "世界资源研究所罗斯可持续城市奖"), shortName: LocalizedText(zh: "罗斯可持续城市奖")),
            ],
            introduction: [LocalizedText(zh: "全球范围内，受新冠肺炎疫情影响，可持续发展目标的进展已经停滞甚至逆转。按目前速度，鲜有国家能在2030年的截止日期前实现可持续发展目标。")],
            figures: [
                Metric(id: "urban-population-growth", label: LocalizedText(zh: "到本世纪中叶城市新增人口"), value: 2_300_000_000, unit: .person,
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
                    awards: ["guangzhou-award", "wri-ross-prize"],
                    sdgs: [SDGTag(goal: 14, role: .related), SDGTag(goal: 1, role: .primary), SDGTag(goal: 13, role: .primary)],
                    partnership: LocalizedText(zh: "瓜亚基尔与渔民合作社合作，恢复红树林并改善生计。"),
                    figures: [
                        Metric(id: "beneficiaries", label: LocalizedText(zh: "受益人数"), value: 312_369, unit: .person, qualifier: .over, quote: "超过312,369"),
                        Metric(id: "funding", label: LocalizedText(zh: "项目资金"), value: 10_700_000, unit: .usd, qualifier: .about, quote: "约1070万美元"),
                        Metric(id: "density", label: LocalizedText(zh: "人口密度"), value: 7533, unit: .perSquareKilometre, quote: "7533人"),
                    ],
                    milestones: [Milestone(year: 2016, event: LocalizedText(zh: "启动红树林恢复项目"))],
                    partners: [
                        Partner(name: LocalizedText(zh: "渔民合作社"), sector: .civil),
                        Partner(name: LocalizedText(zh: "市政府"), sector: .public),
                        Partner(name: LocalizedText(zh: "环境部"), sector: .public),
                    ]
                ),
            ],
            conclusionsPreamble: [LocalizedText(zh: "城市对实现可持续发展目标至关重要。")],
            conclusions: [
                Conclusion(rank: 1, title: LocalizedText(zh: "建立能够调动新资源的地方联盟"), text: LocalizedText(zh: "实现2030年可持续发展目标的资金需求远超目前可用的资金资源。")),
                Conclusion(rank: 2, title: LocalizedText(zh: "承诺分享实用知识和专业知识"), text: LocalizedText(zh: "合作伙伴关系和实践社区有助于共享知识和最佳实践。")),
            ],
            closing: [LocalizedText(zh: "总之，加强和促进城市伙伴关系和合作对于实现可持续发展目标至关重要。")]
        )
    }
}
