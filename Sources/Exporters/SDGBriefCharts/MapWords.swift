import SDGBriefCore

/// The map chart's own words in Chinese and English, kept together so they
/// can move into a shared table of the brief's words in one piece.
struct MapWords: Sendable {
    let english: Bool

    init(language: String) {
        english = LocalizedText.isEnglish(language)
    }

    /// The title, from the brief's table of chart titles.
    var title: String { BriefWords.forLanguage(english ? "en" : "zh").chart.titles["map"] ?? "map" }

    func subtitle(cities: Int, regions: Int, byRegion: Bool) -> String {
        if english {
            let cityWord = cities == 1 ? "city" : "cities"
            let regionWord = regions == 1 ? "region" : "regions"
            return "\(cities) \(cityWord) in \(regions) \(regionWord) · coloured by \(byRegion ? "region" : "award")"
        }
        return "\(cities)个城市 · \(regions)个地区 · 按\(byRegion ? "地区" : "奖项")着色"
    }

    /// A city with its country, where the label has room for both.
    func place(city: String, country: String) -> String {
        guard !country.isEmpty, country != city else { return city }
        return english ? "\(city), \(country)" : "\(city) · \(country)"
    }

    /// Two awards or more joined, e.g. "广州奖 + 罗斯奖".
    func awards(_ names: [String]) -> String { names.joined(separator: " + ") }

    var noAward: String { english ? "No award" : "未获奖" }
    var otherRegions: String { english ? "Other regions" : "其他地区" }

    /// Said on the chart when some cities' names did not fit.
    func unlabelled(_ count: Int) -> String {
        english ? "\(count) \(count == 1 ? "city" : "cities") not labelled for lack of room" : "有\(count)个城市因空间不足未标注名称"
    }

    // Alt text.
    func altIntro(cities: Int, regions: Int) -> String {
        english
            ? "World map (Equal Earth projection) marking the \(cities) case \(cities == 1 ? "city" : "cities") in \(regions) \(regions == 1 ? "region" : "regions"). "
            : "世界地图（等地球投影），标出\(regions)个地区的\(cities)个案例城市。"
    }

    /// One region's cities: all of them, or the first `AltText.listedItems` and how many there are.
    func altRegion(_ region: String, cities: [String]) -> String {
        let listed = cities.prefix(AltText.listedItems)
        if english {
            let more = cities.count > listed.count ? " and \(cities.count - listed.count) more" : ""
            return "\(region) (\(cities.count)): \(listed.joined(separator: ", "))\(more)"
        }
        guard cities.count > listed.count else { return "\(region)（\(cities.count)个）：\(listed.joined(separator: "、"))" }
        return "\(region)：\(AltText.names(cities, count: cities.count, words: .chinese))"
    }

    func altUnlabelled(_ count: Int) -> String {
        english ? " \(count) of the cities are marked without a name label, for lack of room." : "其中\(count)个城市因空间不足仅标出位置、未标注名称。"
    }

    var listSeparator: String { english ? "; " : "；" }
    var sentenceEnd: String { english ? "." : "。" }
}
