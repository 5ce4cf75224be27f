import Foundation
import SDGBriefCore
import Testing
import Yams

@testable import SDGBriefLoader

@Suite struct SchemaGuidedJSONTests {
    private func node(_ yaml: String) throws -> Node {
        try #require(try Parser(yaml: yaml, encoding: .utf8).singleRoot())
    }

    /// The fast path must decode exactly what Yams' decoder does.
    @Test func decodesTheBundledReportAsYamsDoes() throws {
        let tree = try node(BundledReport.yaml)
        let json = try #require(SchemaGuidedJSON.data(tree, schema: ReportSchema.report))
        let fast = try JSONDecoder().decode(Report.self, from: json)
        #expect(fast == (try YAMLDecoder().decode(Report.self, from: tree)))
    }

    @Test func readsScalarsAsTheirFieldsTypes() throws {
        let yaml = """
            schemaVersion: 1
            id: 123
            title: {zh: "引号\\"与\\\\反斜杠", en: 2030}
            subtitle: ~
            cases:
              - id: c
                city: {zh: 城}
                country: {zh: 国}
                region: {zh: 区}
                location: {latitude: -1.5, longitude: 2}
                practice: {zh: 实践}
                sdgs: [{goal: 11, role: primary}]
                partnership: {zh: 伙伴}
                figures: [{id: f, label: {zh: 数}, value: 1e3, unit: ha, qualifier: about, quote: 约1000公顷}]
            """
        let tree = try node(yaml)
        let json = try #require(SchemaGuidedJSON.data(tree, schema: ReportSchema.report))
        let report = try JSONDecoder().decode(Report.self, from: json)
        #expect(report == (try YAMLDecoder().decode(Report.self, from: tree)))
        #expect(report.id == "123")
        #expect(report.title.translations == ["zh": "引号\"与\\反斜杠", "en": "2030"])
        #expect(report.subtitle == nil)
        #expect(report.cases[0].figures[0].value == 1000)
    }

    /// What JSON cannot say plainly is left to Yams.
    @Test func givesUpOnNumbersJSONCannotHold() throws {
        let yaml = "schemaVersion: 1\nid: r\ntitle: {zh: 题}\nfigures: [{id: f, label: {zh: 数}, value: .inf, unit: ha, qualifier: about, quote: 无穷}]\ncases: []\n"
        #expect(SchemaGuidedJSON.data(try node(yaml), schema: ReportSchema.report) == nil)
    }
}
