import SDGBriefCore
import Testing

@Suite struct FormattedMetricTests {
    @Test func textIsThePiecesInReadingOrder() {
        #expect(FormattedMetric(qualifier: "超过", number: "312,369", unit: "人").text == "超过312,369人")
        #expect(FormattedMetric(qualifier: "", number: "26", unit: "%").text == "26%")
    }
}

@Suite struct FormattedMetricSpacingTests {
    @Test func englishSpacesWordsButGluesPercent() {
        #expect(FormattedMetric(qualifier: "about", number: "10.7", unit: "million", space: " ").text == "about 10.7 million")
        #expect(FormattedMetric(qualifier: "up to", number: "95", unit: "%", space: " ", gluedUnit: true).text == "up to 95%")
        #expect(FormattedMetric(qualifier: "", number: "12", unit: "", space: " ").text == "12")
    }
}
