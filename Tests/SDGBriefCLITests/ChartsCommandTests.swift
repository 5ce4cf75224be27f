import Foundation
import Testing

@Suite struct ChartsCommandTests {
    @Test func listsEveryChartWithItsTitle() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["charts"], in: directory)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.map { $0.split(separator: " ").first.map(String.init) ?? "" }
            == ["sdg-coverage", "sdg-matrix", "awards", "timeline", "key-figures", "partners", "population", "map"])
        #expect(lines.first?.hasSuffix("各可持续发展目标覆盖的案例数") == true)
    }
}
