import SDGBriefCore
import SDGBriefGraphics

/// Which colour each city's marker takes: by the awards it won, or, when
/// the report's awards combine into too many groups to tell apart, by region.
/// Only groups some city falls in are kept, so the legend lists what is shown.
struct MapColouring {
    /// Okabe–Ito colours: distinct for readers with colour-vision
    /// deficiencies and on light and dark maps alike.
    static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"].map { Color(hex: $0)! }
    static let other = Color(hex: "#8C8C8C")!

    var byRegion: Bool
    var groups: [(label: String, colour: Color)]
    /// The index into `groups` of each case, in report order.
    var groupOfCase: [Int]

    init(_ report: Report, words: MapWords, language: String) {
        let awardOrder = Dictionary(report.awards.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let awardKeys = report.cases.map { item in
            Array(Set(item.awards)).sorted { (awardOrder[$0] ?? Int.max, $0) < (awardOrder[$1] ?? Int.max, $1) }
        }
        var distinctAwardKeys: [[String]] = []
        for key in awardKeys where !distinctAwardKeys.contains(key) { distinctAwardKeys.append(key) }

        if distinctAwardKeys.count <= Self.colours.count {
            byRegion = false
            // Single awards first in the report's order, then combinations, then none.
            let ordered = distinctAwardKeys.sorted { a, b in
                func rank(_ key: [String]) -> (Int, Int, Int) {
                    (key.isEmpty ? 2 : key.count == 1 ? 0 : 1, key.count, key.first.flatMap { awardOrder[$0] } ?? Int.max)
                }
                return rank(a) < rank(b) || (rank(a) == rank(b) && a.lexicographicallyPrecedes(b))
            }
            let names = Dictionary(report.awards.map { ($0.id, $0.shortName.text(in: language)) }, uniquingKeysWith: { first, _ in first })
            var colourIndex = 0
            groups = ordered.map { key in
                guard !key.isEmpty else { return (words.noAward, Self.other) }
                defer { colourIndex += 1 }
                return (words.awards(key.map { names[$0] ?? $0 }), Self.colours[colourIndex])
            }
            groupOfCase = awardKeys.map { key in ordered.firstIndex(of: key)! }
        } else {
            byRegion = true
            var regions: [String] = []
            for item in report.cases {
                let region = item.region.text(in: language)
                if !regions.contains(region) { regions.append(region) }
            }
            // Past the palette, the regions with fewest cities share a grey "other".
            let counts = Dictionary(report.cases.map { ($0.region.text(in: language), 1) }, uniquingKeysWith: +)
            let first = Dictionary(regions.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            regions.sort { (-(counts[$0] ?? 0), first[$0] ?? 0) < (-(counts[$1] ?? 0), first[$1] ?? 0) }
            let shown = regions.count <= Self.colours.count ? regions : Array(regions.prefix(Self.colours.count - 1))
            groups = shown.enumerated().map { ($1, Self.colours[$0]) }
            if shown.count < regions.count { groups.append((words.otherRegions, Self.other)) }
            groupOfCase = report.cases.map { item in shown.firstIndex(of: item.region.text(in: language)) ?? shown.count }
        }
    }
}
