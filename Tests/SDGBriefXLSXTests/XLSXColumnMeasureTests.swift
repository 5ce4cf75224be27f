@testable import SDGBriefXLSX
import Testing

@Suite struct XLSXColumnMeasureTests {
    @Test func numbersAreAsWideAsTheyShow() {
        #expect(XLSXColumnMeasure.displayWidth(10_700_000, style: .grouped) == 10)     // 10,700,000
        #expect(XLSXColumnMeasure.displayWidth(-1_234.5, style: .groupedDecimal) == 8) // -1,234.5
        #expect(XLSXColumnMeasure.displayWidth(2_019, style: .plainNumber) == 4)       // 2019
        #expect(XLSXColumnMeasure.displayWidth(0.125, style: .groupedDecimal) == 5)    // 0.125
    }

    @Test func measuresTheWidestCellOfEachColumnAndCountsRows() throws {
        var measure = XLSXColumnMeasure(kinds: [.text, .quantity, .year])
        measure.text("广州")
        measure.number(1_000)
        measure.integer(2020)
        try measure.endRow()
        measure.text("abcdefg")
        measure.number(nil)
        measure.integer(nil)
        try measure.endRow()
        #expect(measure.widths == [7, 5, 4])
        #expect(measure.rows == 2)
    }
}
