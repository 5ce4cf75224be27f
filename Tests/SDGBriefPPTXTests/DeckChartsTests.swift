@testable import SDGBriefPPTX
import Testing

@Suite struct DeckChartsTests {
    @Test func chartsFollowTheTalkAndUnknownOnesComeLast() {
        let catalogue = ["sdg-coverage", "sdg-matrix", "awards", "timeline", "map", "key-figures", "partners", "population"]
        #expect(DeckCharts.ordered(catalogue) == ["map", "awards", "sdg-coverage", "sdg-matrix", "key-figures", "timeline", "partners", "population"])
        #expect(DeckCharts.ordered(["population", "awards"]) == ["awards", "population"])
    }
}
