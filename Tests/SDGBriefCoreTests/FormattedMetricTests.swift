import SDGBriefCore
import Testing

@Suite struct FormattedMetricTests {
    @Test func textIsThePiecesInReadingOrder() {
        #expect(FormattedMetric(qualifier: "超过", number: "312,369", unit: "人").text == "超过312,369人")
        #expect(FormattedMetric(qualifier: "", number: "26", unit: "%").text == "26%")
    }
}
