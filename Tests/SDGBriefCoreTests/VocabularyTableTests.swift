import Testing

@testable import SDGBriefCore

@Suite struct VocabularyTableTests {
    @Test func findsEveryWordTheDictionaryHas() {
        let units = VocabularyTable(MetricFormatter.unitWords)
        for unit in MetricUnit.known {
            #expect(units[unit] == MetricFormatter.unitWords[unit], "\(unit.rawValue)")
        }
        let qualifiers = VocabularyTable(MetricFormatter.qualifierWords)
        for qualifier in Qualifier.known {
            #expect(qualifiers[qualifier] == MetricFormatter.qualifierWords[qualifier], "\(qualifier.rawValue)")
        }
    }

    @Test func findsNothingForAnUnknownCode() {
        let units = VocabularyTable(MetricFormatter.unitWords)
        for code in ["", "kwh", "Person", "person ", "persons", "年", "t_per_yea"] {
            #expect(units[MetricUnit(rawValue: code)] == nil, "\(code)")
        }
        #expect(VocabularyTable<MetricUnit, Int>([:])[.person] == nil)
    }

    /// Codes of one length with the same first and last bytes land on the
    /// same slot; each must still be found, and only itself.
    @Test func tellsApartCodesThatCollide() {
        let codes = (0 ..< 40).map { "a\($0 / 10)\($0 % 10)z" }
        let table = VocabularyTable(Dictionary(uniqueKeysWithValues: codes.enumerated().map { (MetricUnit(rawValue: $1), $0) }))
        for (index, code) in codes.enumerated() {
            #expect(table[MetricUnit(rawValue: code)] == index)
        }
        #expect(table[MetricUnit(rawValue: "a99z")] == nil)
        #expect(table[MetricUnit(rawValue: "a0z")] == nil)
    }

    /// Codes longer than a string holds inline are compared by contents too.
    @Test func findsLongCodes() {
        let long = MetricUnit(rawValue: "percent_per_year_of_the_whole_population")
        let table = VocabularyTable([long: "长", .percentPerYear: "%/年"])
        #expect(table[MetricUnit(rawValue: String("percent_per_year_of_the_whole_population".reversed().reversed()))] == "长")
        #expect(table[.percentPerYear] == "%/年")
    }
}
