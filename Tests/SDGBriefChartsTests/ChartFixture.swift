import SDGBriefCairo
import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import SDGBriefLoader

/// Reports to lay charts out for: the bundled one, and synthetic ones with
/// few and many cases, long names and crowded timelines, so that no layout
/// is tuned to the bundled report alone.
enum ChartFixture {
    static func bundled() throws -> Report { try BundledReport.load() }

    /// A measurer of its own per call: Pango state stays on the test's thread.
    static func measurer() throws -> PangoTextMeasurer { try CairoRenderer().measurer }

    /// The same cities as an English edition names them.
    static let longCitiesEnglish = [
        "Santa Cruz de la Sierra Autonomous Municipality", "Buenos Aires Metropolitan Area", "Dar es Salaam",
        "Johannesburg Metropolitan Municipality", "Rio de Janeiro", "Quito", "Federal Territory of Kuala Lumpur",
        "Ulaanbaatar", "Addis Ababa", "Special Capital Region of Jakarta",
    ]

    /// Text in Chinese and English, so that every chart is laid out for both editions.
    static func text(_ zh: String, _ en: String) -> LocalizedText {
        LocalizedText(["zh": zh, "en": en])
    }

    static let longCities = [
        "圣克鲁斯-德拉谢拉省级自治市", "布宜诺斯艾利斯大都会区", "达累斯萨拉姆", "约翰内斯堡城市群联合市政区",
        "里约热内卢", "基多", "吉隆坡联邦直辖区", "乌兰巴托", "亚的斯亚贝巴", "雅加达特别首都地区",
    ]

    static func synthetic(cases count: Int) -> Report {
        let sectors = Sector.known
        let cases = (0..<count).map { i -> Case in
            let city = longCities[i % longCities.count] + (i >= longCities.count ? "第\(i)区" : "")
            let cityEnglish = longCitiesEnglish[i % longCitiesEnglish.count] + (i >= longCitiesEnglish.count ? " District \(i)" : "")
            let goals = (0..<(1 + i % 5)).map { 1 + (i * 7 + $0 * 5) % 17 }
            var seen: Set<Int> = []
            let tags = goals.enumerated().compactMap { index, goal -> SDGTag? in
                guard seen.insert(goal).inserted else { return nil }
                return SDGTag(goal: goal, role: index % 2 == 0 ? .primary : .related)
            }
            let milestones = (0..<(i % 3 == 0 ? 7 : 2 + i % 4)).map { m in
                Milestone(year: 1998 + (i * 3 + m * 4) % 27, event: text("市政府与多个国际组织、大学和社区团体签署第\(m + 1)份长期合作备忘录并启动全市范围的试点项目", "City hall signs long-term memorandum no. \(m + 1) with international organisations, universities and community groups and launches a city-wide pilot"))
            }
            var figures: [Metric] = []
            if i % 4 != 1 {
                figures.append(Metric(id: "population", label: text("城市人口", "City population"), value: Double(150_000 + i * 731_000), unit: .person, quote: "q"))
            }
            figures.append(Metric(id: "duration", label: text("项目年限", "Programme duration"), value: 5, unit: .year, quote: "q"))
            figures.append(Metric(id: "area", label: text("恢复的湿地与城市绿地总面积（含新建口袋公园）", "Total area of wetlands and urban green space restored (new pocket parks included)"), value: Double(12_345 * (i + 1)), unit: .hectare, qualifier: i % 2 == 0 ? .over : .about, quote: "q"))
            let partners = (0..<(1 + i % 9)).map { p in
                Partner(name: text("伙伴\(p)", "Partner \(p)"), sector: sectors[(i + p) % sectors.count])
            }
            return Case(
                id: "case-\(i)",
                city: text(city, cityEnglish),
                country: text("某国", "Some Country"),
                region: text("某地区", "Some Region"),
                location: GeoPoint(latitude: 0, longitude: 0),
                practice: text("以社区为主导的城市韧性与包容性住房综合改造和可持续发展伙伴关系计划", "Community-led partnership programme for urban resilience, inclusive housing renewal and sustainable development"),
                awards: [["a"], ["b"], ["a", "b"], []][i % 4],
                sdgs: tags,
                partnership: text("伙伴关系", "Partnership"),
                figures: figures,
                milestones: milestones,
                partners: partners
            )
        }
        return Report(
            id: "synthetic-\(count)",
            title: text("城市伙伴关系与可持续发展目标：全球城市创新实践案例汇编（第\(count)辑）", "City Partnerships and the Sustainable Development Goals: A Collection of Urban Innovation Cases Worldwide (Volume \(count))"),
            awards: [
                Award(id: "a", name: text("国际城市创新奖", "International Award for Urban Innovation"), shortName: text("创新奖", "Innovation Award")),
                Award(id: "b", name: text("可持续城市奖", "Sustainable Cities Prize"), shortName: text("可持续城市奖", "Sustainable Cities Prize")),
            ],
            cases: cases
        )
    }

    /// Every size and theme, in every language the brief is written in.
    static func canvases() -> [ChartCanvas] {
        BriefWords.languages.flatMap { language in
            ChartSize.allCases.flatMap { size in ChartTheme.allCases.map { ChartCanvas(size, theme: $0, language: language) } }
        }
    }

    /// A measurer for the canvas's language: the Latin face for English.
    static func measurer(for canvas: ChartCanvas) throws -> PangoTextMeasurer {
        try CairoRenderer(language: canvas.language).measurer
    }
}
