import Foundation
import SDGBriefCore
import SDGBriefCSV
@testable import SDGBriefJSON
import SDGBriefLoader
import Testing

@Suite struct JSONExporterTests {
    /// Written a case at a time, the file is byte for byte the whole report
    /// encoded at once, with and without cases.
    @Test func streamedFileIsTheWholeReportEncodedAtOnce() throws {
        var report = try ReportLoader().load(data: Data(BundledReport.yaml.utf8), name: "bundled")
        for cases in [report.cases, [], Array(report.cases.prefix(1))] {
            report.cases = cases
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            var whole = try encoder.encode(report)
            whole.append(0x0A)
            #expect(try JSONExporter().export(report, options: ExportOptions()) == [Artifact(path: "\(report.id).json", contents: whole)])
        }
    }
    /// Where the empty list of cases is not laid out as expected (here: the
    /// compact form), splicing fails loudly instead of dropping the cases.
    @Test func refusesASkeletonWithoutTheCasesMarker() throws {
        #expect(throws: EncodingError.self) { try JSONExporter.split(Data(#"{"cases":[],"id":"x"}"#.utf8)) }
        let (head, tail) = try JSONExporter.split(Data("{\n  \"cases\" : [\n\n  ],\n  \"id\" : \"x\"\n}".utf8))
        #expect(String(decoding: head, as: UTF8.self) == "{\n  \"cases\" : [")
        #expect(String(decoding: tail, as: UTF8.self) == ",\n  \"id\" : \"x\"\n}")
    }

    let exporter = JSONExporter()

    /// A valid report with every optional field set and figures that are easy
    /// to lose in a round trip: fractions, ranges, huge values, negative degrees.
    static func report() -> Report {
        Report(
            id: "json-fixture",
            title: LocalizedText(["zh": "城市伙伴关系", "en": "City Partnerships"]),
            subtitle: LocalizedText(zh: "创新的未来在于城市"),
            publisher: LocalizedText(zh: "广州国际城市创新奖 / 2023"),
            awards: [Award(id: "prize", name: LocalizedText(zh: "测试奖全称"), shortName: LocalizedText(zh: "测试奖"))],
            introduction: [LocalizedText(zh: "引言，含“引号”和 \"quotes\", commas\n和换行。")],
            figures: [
                Metric(id: "growth", label: LocalizedText(zh: "新增人口"), value: 2_300_000_000, unit: .person, qualifier: .projected, year: 2050, quote: "23亿"),
                Metric(id: "share", label: LocalizedText(zh: "比例"), value: 33.3, unit: .percent, qualifier: .about, quote: "三分之一"),
            ],
            cases: [
                Case(
                    id: "city-a",
                    city: LocalizedText(zh: "罗萨里奥"),
                    country: LocalizedText(zh: "阿根廷"),
                    region: LocalizedText(zh: "拉丁美洲"),
                    location: GeoPoint(latitude: -32.9442, longitude: -60.6505),
                    practice: LocalizedText(zh: "城市农业"),
                    awards: ["prize"],
                    sdgs: [SDGTag(goal: 2, role: .primary), SDGTag(goal: 11, role: .related)],
                    partnership: LocalizedText(zh: "伙伴关系"),
                    narrative: [LocalizedText(zh: "叙述")],
                    figures: [
                        Metric(id: "gain", label: LocalizedText(zh: "产量"), value: 2, valueHigh: 4, unit: .times, quote: "两到四倍"),
                        Metric(id: "density", label: LocalizedText(zh: "密度"), value: 7533, unit: .perSquareKilometre, quote: "7533人"),
                        Metric(id: "cut", label: LocalizedText(zh: "减排"), value: 95, unit: .percent, qualifier: .upTo, estimate: .projected, quote: "预计可减少高达95%"),
                    ],
                    milestones: [
                        Milestone(year: 2004, title: LocalizedText(["zh": "法令批准", "en": "Decree approved"]), event: LocalizedText(zh: "市长批准市政法令")),
                        Milestone(year: 2007, event: LocalizedText(zh: "无标题")),
                    ],
                    partners: [Partner(name: LocalizedText(zh: "=合作社"), sector: .civil)]
                ),
            ],
            conclusionsPreamble: [LocalizedText(zh: "前言")],
            conclusions: [Conclusion(rank: 1, title: LocalizedText(zh: "结论"), text: LocalizedText(zh: "正文"))],
            closing: [LocalizedText(zh: "结语")]
        )
    }

    func exported(_ report: Report) throws -> Artifact {
        try #require(try exporter.export(report, options: ExportOptions()).first)
    }

    @Test func writesOneFileNamedAfterTheReport() throws {
        let artifacts = try exporter.export(Self.report(), options: ExportOptions())
        #expect(artifacts.map(\.path) == ["json-fixture.json"])
        #expect(exporter.name == "json")
    }

    @Test func loadsBackToAnEqualReport() throws {
        let report = Self.report()
        let reloaded = try ReportLoader().load(data: exported(report).contents, name: "json-fixture.json")
        #expect(reloaded == report)
    }

    @Test func csvFromTheReloadedReportIsByteIdentical() throws {
        let report = Self.report()
        let reloaded = try ReportLoader().load(data: exported(report).contents, name: "json-fixture.json")
        for profile in CSVProfile.allCases {
            let options = ExportOptions(csvProfile: profile)
            #expect(try CSVExporter().export(reloaded, options: options) == CSVExporter().export(report, options: options))
        }
    }

    // Whatever the bundled report holds, its JSON must read back as the same report.
    @Test func bundledReportRoundTrips() throws {
        let report = try BundledReport.load()
        #expect(try ReportLoader().load(data: exported(report).contents, name: "bundled.json") == report)
    }

    @Test func carriesTheSchemaVersionAndPlainNumbers() throws {
        let text = String(decoding: try exported(Self.report()).contents, as: UTF8.self)
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.contains("2300000000") && !text.contains("e+"))
        #expect(text.contains("广州国际城市创新奖 / 2023"), "slashes are not escaped")
        #expect(text.hasSuffix("}\n"))
    }

    @Test func sortsKeysAndIsByteIdenticalTwice() throws {
        let first = try exported(Self.report()).contents
        #expect(first == (try exported(Self.report()).contents))
        let text = String(decoding: first, as: UTF8.self)
        let awards = try #require(text.range(of: "\"awards\""))
        let cases = try #require(text.range(of: "\"cases\""))
        #expect(awards.lowerBound < cases.lowerBound)
    }
}
