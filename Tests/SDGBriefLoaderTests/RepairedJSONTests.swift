import Foundation
import SDGBriefCore
import Testing
import Yams

@testable import SDGBriefLoader

@Suite struct RepairedJSONTests {
    /// A file with structural mistakes still decodes, keeping every sound value,
    /// so the model's validation can speak about the rest of it.
    @Test func keepsWhatIsSoundAndStandsInForWhatIsNot() throws {
        let yaml = """
            schemaVersion: 1
            id: net
            title: {zh: 标题, en: [list]}
            extra: 5
            cases:
              - id: c
                city: {zh: 城}
                location: {latitude: north, longitude: 8.5}
                practice: {zh: 做法}
                sdgs: [{goal: 18, role: primary}]
                partnership: 7
                figures:
                  - {id: f, label: {zh: 面积}, value: 12, unit: acres, qualifer: about}
            """
        let tree = try #require(try Parser(yaml: yaml, encoding: .utf8).singleRoot())
        let report = try JSONDecoder().decode(Report.self, from: RepairedJSON.data(tree, schema: ReportSchema.report))
        #expect(report.id == "net")
        #expect(report.title.translations == ["zh": "标题"])
        let reportCase = try #require(report.cases.first)
        #expect(reportCase.location.longitude == 8.5)
        #expect(reportCase.sdgs.first?.goal == 18, "a wrong goal is the validator's to report, so it is kept")
        #expect(reportCase.figures.first?.unit.rawValue == "acres")
        #expect(reportCase.figures.first?.value == 12)
        #expect(reportCase.figures.first?.qualifier.isKnown == true, "a missing vocabulary word stands in as a known one")
    }
}
