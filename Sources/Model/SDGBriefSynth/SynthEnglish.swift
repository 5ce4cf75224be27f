import SDGBriefCore

/// Writes English beside every Chinese text of a synthetic report, so that
/// English editions can be tried at scale. The English is invented as the
/// Chinese is, from its own phrases and its own generator, so that adding it
/// leaves the Chinese of a seed unchanged.
struct SynthEnglish {
    var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed ^ 0x5EED_E761_15B0_0000)
    }

    static let cityStems = ["River", "Stone", "Harbour", "Cloud", "Pine", "Bridge", "North", "South", "East", "West", "Spring", "Golden", "Bay", "Lake", "Hill", "Green"]
    static let citySuffixes = ["ford", "ton", " Bay", "ville", " City", "port", "field", "bridge"]
    static let countries: [String: String] = [
        "印度": "India", "孟加拉国": "Bangladesh", "南非": "South Africa", "塞内加尔": "Senegal", "肯尼亚": "Kenya",
        "坦桑尼亚": "Tanzania", "厄瓜多尔": "Ecuador", "阿根廷": "Argentina", "墨西哥": "Mexico", "巴西": "Brazil",
        "德国": "Germany", "法国": "France", "西班牙": "Spain", "印度尼西亚": "Indonesia", "菲律宾": "Philippines",
        "中国": "China", "日本": "Japan", "约旦": "Jordan", "加拿大": "Canada",
    ]
    static let regions: [String: String] = [
        "南亚": "South Asia", "撒哈拉以南非洲": "Sub-Saharan Africa", "拉丁美洲": "Latin America", "欧洲": "Europe",
        "东南亚": "South-East Asia", "东亚": "East Asia", "西亚": "Western Asia", "北美洲": "North America",
    ]
    static let figureLabels: [String: String] = [
        "城市人口": "City population", "受益居民": "Residents who benefit", "项目投资": "Investment", "修复面积": "Area restored",
        "每年新增绿地": "New green space a year", "减少的碳排放": "Carbon emissions avoided", "回收的废物": "Waste recycled",
        "覆盖率": "Coverage", "年增长率": "Annual growth", "新建道路": "New roads", "人口密度": "Population density",
        "参与家庭": "Families taking part", "改造学校": "Schools renovated", "合作组织": "Partner organisations",
        "开展的倡议": "Initiatives launched", "参与城市": "Cities taking part", "参与国家": "Countries taking part",
        "改造的非正规住区": "Informal settlements upgraded", "效率提升": "Gain in efficiency", "建成的设施": "Facilities built",
        "项目周期": "Programme duration",
    ]
    static let subjects = ["the city council", "community groups", "local residents", "the planning department", "university researchers", "non-profit organisations", "private companies", "women's cooperatives", "international partners", "grassroots organisations"]
    static let verbs = ["jointly advanced", "co-designed", "gradually built", "took an active part in", "assessed", "steadily improved", "piloted", "rolled out"]
    static let objects = ["the renewal of low-income neighbourhoods", "links between public transport and walking routes", "rainwater harvesting and reuse", "the protection of green corridors", "the supply of affordable housing", "social protection for informal workers", "waste sorting and recycling", "early warning of climate hazards", "inclusive public spaces", "open city data"]
    static let results = ["improving residents' lives", "offering lessons to other cities", "cutting greenhouse gas emissions", "creating decent jobs", "making communities more resilient", "using public resources better", "changing how the city is governed", "narrowing gaps between groups"]
    static let practices = ["Community Housing Programme", "Green Corridor Initiative", "Inclusive Mobility Plan", "Circular Waste Platform", "Climate Resilience Partnership", "Open Budget Project"]
    static let events = ["launched its first pilot", "adopted a municipal ordinance", "signed an agreement with communities", "won an international award", "completed the first phase", "extended the programme city-wide"]
    static let partners = ["City Council", "Planning Office", "Development Agency", "Water Company", "Builders' Association", "Energy Company", "Community Association", "Residents' Committee", "Environmental Foundation", "University of Technology", "Urban Research Centre", "UN-Habitat", "World Bank"]

    mutating func sentence() -> String {
        let subject = random.pick(Self.subjects)
        return subject.prefix(1).uppercased() + subject.dropFirst() + " " + random.pick(Self.verbs) + " " + random.pick(Self.objects) + ", " + random.pick(Self.results) + "."
    }

    mutating func paragraph(sentences: Int) -> String {
        (0 ..< sentences).map { _ in sentence() }.joined(separator: " ")
    }

    /// Adds English to every text of `report`.
    mutating func translate(_ report: inout Report) {
        func add(_ text: inout LocalizedText, _ english: String) { text.translations["en"] = english }
        add(&report.title, "City Partnerships and the Sustainable Development Goals (synthetic data)")
        if report.subtitle != nil { add(&report.subtitle!, "\(report.cases.count) city \(report.cases.count == 1 ? "case" : "cases")") }
        if report.publisher != nil { add(&report.publisher!, "sdgbrief synthetic report") }
        for index in report.awards.indices {
            let (name, short) = report.awards[index].id == "wri-ross-prize"
                ? ("WRI Ross Prize for Cities", "Ross Prize")
                : ("Guangzhou International Award for Urban Innovation", "Guangzhou Award")
            add(&report.awards[index].name, name)
            add(&report.awards[index].shortName, short)
        }
        for index in report.introduction.indices { add(&report.introduction[index], paragraph(sentences: 5)) }
        for index in report.cases.indices {
            var item = report.cases[index]
            let city = random.pick(Self.cityStems) + random.pick(Self.citySuffixes)
            add(&item.city, city)
            add(&item.country, Self.countries[item.country.zh] ?? "Country")
            add(&item.region, Self.regions[item.region.zh] ?? "Region")
            add(&item.practice, random.pick(Self.practices))
            let goals = item.primaryGoals.map(String.init).joined(separator: " and ")
            add(&item.partnership, "\(city) shows how a city working with \(random.pick(Self.subjects)) can improve \(random.pick(Self.objects)), \(random.pick(Self.results)). (SDG \(goals))")
            for number in item.narrative.indices { add(&item.narrative[number], paragraph(sentences: 6)) }
            for number in item.figures.indices { add(&item.figures[number].label, Self.figureLabels[item.figures[number].label.zh] ?? "Figure") }
            for number in item.milestones.indices { add(&item.milestones[number].event, "\(city) \(random.pick(Self.events))") }
            for number in item.partners.indices {
                let sector = item.partners[number].sector
                add(&item.partners[number].name, (sector == .public || sector == .civil ? city + " " : "") + random.pick(Self.partners))
            }
            report.cases[index] = item
        }
        for index in report.conclusionsPreamble.indices { add(&report.conclusionsPreamble[index], paragraph(sentences: 3)) }
        for index in report.conclusions.indices {
            add(&report.conclusions[index].title, "Strengthen partnerships between cities (\(report.conclusions[index].rank))")
            add(&report.conclusions[index].text, paragraph(sentences: 3))
        }
        for index in report.closing.indices { add(&report.closing[index], paragraph(sentences: 2)) }
    }
}
