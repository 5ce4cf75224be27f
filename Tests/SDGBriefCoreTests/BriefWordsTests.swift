import SDGBriefCore
import Testing

@Suite struct BriefWordsTests {
    /// Every phrase a table makes, with sample numbers, for checks over all of them.
    static func phrases(_ words: BriefWords) -> [String] {
        let chart = words.chart
        var result = [
            words.cover, words.contents, words.introduction, words.cityCases, words.charts, words.conclusions, words.closing,
            words.atAGlance, words.keyFigures, words.practice, words.awards, words.goals, words.partnership, words.partnershipBox,
            words.milestones, words.partners, words.primary, words.related, words.primaryGoal, words.relatedGoal,
            words.figureColumn, words.valueColumn, words.quoteColumn, words.caseSources,
            words.caseLabel(3), words.caseNumber(3), words.goalLabel(11), words.year(2015), words.pageOf(3, 12),
            words.goalsAddressed(9), words.practicesOfCities(8), words.monthOfYear(2026, 5), words.moreCities(12), words.caseTally(8),
            words.pageReference("x", 3),
            words.colon, words.listSeparator, words.parenthesized("x"), words.conjoined(["a", "b", "c"]),
            chart.source("x"), chart.cases(8), chart.casesUnit(8), chart.casesHidden(3), chart.coverageSubtitle(8, 12),
            chart.matrixSubtitle(8), chart.awardsSubtitle(8), chart.timelineSubtitle(8, 23), chart.timelineHidden(3, 9),
            chart.keyFiguresSubtitle, chart.keyFiguresHidden(2), chart.partnersSubtitle(8, 52), chart.comparisonSubtitle(5),
            chart.comparisonMetric("m"), chart.noData, chart.noAward, chart.jointAward(["a", "b"]),
            chart.notListed(5, .cases), chart.notListed(5, .goals), chart.notListed(5, .groups), chart.namesCut(["a", "b"], 5),
            chart.coverageAlt(8), chart.coverageAltItem(11, "n", 3, 2), chart.coverageAltUnserved(5), chart.matrixAlt(8),
            chart.matrixAltItem("c", [11], [13]), chart.matrixAltItem("c", [], []), chart.awardsAlt(8), chart.awardsAltItem("g", 3, "a"),
            chart.timelineAlt(8, 2007, 2020), chart.timelineAltItem("c", [(2015, "e")]), chart.keyFiguresAlt,
            chart.keyFiguresAltItem("c", "l", "v"), chart.partnersAlt, chart.partnersAltItem("c", 5, [("s", 5)]),
            chart.comparisonAlt("t"), chart.comparisonAltItem("c", "v"), chart.comparisonAltMissing("a"),
        ]
        result += SDGCatalog.goals.map(words.goalName)
        result += Sector.known.map(words.sectorName)
        result += chart.titles.values
        return result
    }

    @Test(arguments: BriefWords.all.map(\.language))
    func everyTableHasEveryWord(_ language: String) throws {
        let words = try #require(BriefWords.table(for: language))
        let chinese = BriefWords.chinese
        #expect(Set(words.chart.titles.keys) == Set(chinese.chart.titles.keys))
        #expect(Set(words.sectorNames.keys) == Set(Sector.known))
        for unit in MetricUnit.known { #expect(words.numbers.units[unit] != nil, "\(unit.rawValue)") }
        for qualifier in Qualifier.known { #expect(words.numbers.qualifiers[qualifier] != nil, "\(qualifier.rawValue)") }
        for estimate in MetricEstimate.known { #expect(words.numbers.estimates[estimate]?.isEmpty == false, "\(estimate.rawValue)") }
        #expect(words.numbers.scales.count == 3)
        for phrase in Self.phrases(words) where phrase != words.primary || language != "zh" {
            #expect(!phrase.isEmpty || phrase == words.numbers.qualifiers[.exact])
        }
    }

    @Test func englishHasNoChinese() {
        for phrase in Self.phrases(.english) {
            #expect(!phrase.unicodeScalars.contains { $0.properties.isIdeographic || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }, "\(phrase)")
        }
    }

    @Test func tagsMatchWithoutRegardToCaseOrRegion() {
        #expect(BriefWords.table(for: "EN")?.language == "en")
        #expect(BriefWords.table(for: "en-GB")?.language == "en")
        #expect(BriefWords.table(for: "zh-Hans")?.language == "zh")
        #expect(BriefWords.table(for: "fr") == nil)
        #expect(BriefWords.forLanguage("fr").language == "zh")
    }

    @Test func headingsAreSaidOncePerLanguage() {
        #expect(BriefWords.chinese.conclusions == "结论与建议")
        #expect(BriefWords.english.conclusions == "Conclusions and recommendations")
        #expect(BriefWords.chinese.pageOf(3, 12) == "第 3 页 / 共 12 页")
        #expect(BriefWords.english.pageOf(3, 12) == "Page 3 of 12")
        #expect(BriefWords.english.practicesOfCities(8) == "Practices from eight cities")
        #expect(BriefWords.chinese.practicesOfCities(8) == "八座城市的实践")
        #expect(BriefWords.english.monthOfYear(2026, 5) == "May 2026")
        #expect(BriefWords.english.conjoined(["A", "B", "C"]) == "A, B and C")
    }
}
