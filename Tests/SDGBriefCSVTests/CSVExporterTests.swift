import CSV
import Foundation
import SDGBriefCore
import SDGBriefCSV
import Testing

/// Reads every exported file back with CSV.swift, a parser that shares no code
/// with the writer, and checks it against the model.
@Suite struct CSVExporterTests {
    let report = CSVFixture.report()
    let exporter = CSVExporter()

    struct Table {
        var header: [String]
        var rows: [[String: String]]
    }

    func export(_ profile: CSVProfile = .excel, language: String = "zh") throws -> [String: Data] {
        let artifacts = try exporter.export(report, options: ExportOptions(language: language, csvProfile: profile))
        return Dictionary(uniqueKeysWithValues: artifacts.filter { $0.path.hasSuffix(".csv") }.map { ($0.path, $0.contents) })
    }

    func read(_ data: Data) throws -> Table {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let reader = try CSVReader(string: String(decoding: bytes, as: UTF8.self), hasHeaderRow: true)
        let header = try #require(reader.headerRow)
        var rows: [[String: String]] = []
        while let row = reader.next() {
            #expect(row.count == header.count, "ragged row \(row)")
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, row)))
        }
        return Table(header: header, rows: rows)
    }

    func table(_ name: String, _ profile: CSVProfile = .excel, language: String = "zh") throws -> Table {
        try read(try #require(try export(profile, language: language)["csv/\(name).csv"]))
    }

    @Test func writesOneFilePerTableUnderCSV() throws {
        let paths = try exporter.export(report, options: ExportOptions()).map(\.path)
        #expect(paths == [
            "csv/cases.csv", "csv/case_sdgs.csv", "csv/metrics.csv", "csv/milestones.csv",
            "csv/partners.csv", "csv/conclusions.csv", "csv/sdg_goals.csv", "csv/datapackage.json",
        ])
        #expect(exporter.name == "csv")
    }

    @Test func columnsComeInTheDocumentedOrder() throws {
        let expected: [String: [String]] = [
            "cases": ["case_id", "city", "country", "practice", "awards", "region", "latitude", "longitude", "award_ids"],
            "case_sdgs": ["case_id", "sdg", "sdg_name", "role"],
            "metrics": ["case_id", "metric_id", "label", "value", "unit", "qualifier", "year", "quote"],
            "milestones": ["case_id", "year", "event"],
            "partners": ["case_id", "partner", "sector"],
            "conclusions": ["rank", "title", "text"],
            "sdg_goals": ["sdg", "name", "color"],
        ]
        for (name, columns) in expected {
            let header = try table(name).header
            #expect(Array(header.prefix(columns.count)) == columns, "\(name)")
        }
    }

    @Test func rowCountsMatchTheModel() throws {
        #expect(try table("cases").rows.count == report.cases.count)
        #expect(try table("case_sdgs").rows.count == report.cases.map(\.sdgs.count).reduce(0, +))
        #expect(try table("metrics").rows.count == report.figures.count + report.cases.map(\.figures.count).reduce(0, +))
        #expect(try table("milestones").rows.count == report.cases.map(\.milestones.count).reduce(0, +))
        #expect(try table("partners").rows.count == report.cases.map(\.partners.count).reduce(0, +))
        #expect(try table("conclusions").rows.count == report.conclusions.count)
    }

    @Test func everyMetricValueParsesBackToTheModel() throws {
        let rows = try table("metrics").rows
        let owned = report.figures.map { ("", $0) } + report.cases.flatMap { item in item.figures.map { (item.id, $0) } }
        #expect(rows.count == owned.count)
        for (row, (caseID, metric)) in zip(rows, owned) {
            #expect(row["case_id"] == caseID)
            #expect(row["metric_id"] == metric.id)
            let value = try #require(row["value"])
            #expect(Double(value) == metric.value, "\(metric.id): \(value)")
            #expect(!value.contains("E") && !value.contains("e") && !value.hasSuffix(".0"))
            #expect(row["value_high"].flatMap(Double.init) == metric.valueHigh)
            #expect(row["year"] == metric.year.map(String.init) ?? "")
            #expect(row["unit"] == metric.unit.rawValue && row["qualifier"] == metric.qualifier.rawValue)
            #expect(row["quote"] == metric.quote)
            #expect(row["display"] == MetricFormatter().string(metric))
        }
        #expect(rows.first?["value"] == "2300000000")
    }

    @Test func quotedTextRoundTrips() throws {
        let cases = try table("cases").rows
        #expect(cases[0]["practice"] == CSVFixture.awkwardPractice)
        let conclusion = try table("conclusions").rows[0]
        #expect(conclusion["text"] == "正文，含逗号, 和引号\"")
    }

    @Test func listsInACellAreSemicolonSeparated() throws {
        let row = try table("cases").rows[0]
        #expect(row["awards"] == "甲奖;乙奖")
        #expect(row["award_ids"] == "prize-a;prize-b")
        #expect(try table("cases").rows[1]["awards"] == "")
    }

    @Test func neutralisesFormulasButNotNumbers() throws {
        let place = try table("cases").rows[0]
        #expect(place["city"] == "'=SUM(A1)")
        #expect(place["country"] == "'+1")
        #expect(place["latitude"] == "-34.6037")
        #expect(place["longitude"] == "-58.3816")
        #expect(try table("partners").rows[0]["partner"] == "'-x 合作社")
        let events = try table("milestones").rows.map { $0["event"] }
        #expect(events == ["'@cmd 启动", "'\t纳入规划"])
        #expect(try table("conclusions").rows[1]["title"] == "'\r回车开头")
    }

    @Test func excelProfileWritesBOMAndCRLF() throws {
        for (path, data) in try export(.excel) {
            let bytes = [UInt8](data)
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(path)")
            let header = bytes.dropFirst(3).prefix { $0 != 0x0A }
            #expect(header.last == 0x0D, "\(path) header must end in CRLF")
            #expect(bytes.suffix(2) == [0x0D, 0x0A])
        }
    }

    @Test func plainProfileWritesNeitherBOMNorCRLF() throws {
        for (path, data) in try export(.plain) {
            let bytes = [UInt8](data)
            #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(path)")
            #expect(!String(decoding: bytes, as: UTF8.self).contains("\r\n"), "\(path)")
            #expect(bytes.last == 0x0A)
        }
        #expect(try table("cases", .plain).rows[0]["practice"] == CSVFixture.awkwardPractice)
    }

    @Test func goalsTableHasTheSeventeenOfficialColours() throws {
        let rows = try table("sdg_goals").rows
        #expect(rows.count == 17)
        for (row, goal) in zip(rows, SDGCatalog.goals) {
            #expect(row["sdg"] == String(goal.number))
            #expect(row["name"] == goal.nameZh)
            #expect(row["color"] == goal.colorHex)
            #expect(row["name_en"] == goal.nameEn)
        }
    }

    // A list of goal numbers in one cell read as a number in one row ("15")
    // and as text in the next ("1;3;12;13"); the goals are one per row in case_sdgs.
    @Test func casesHoldNoListsOfGoalNumbers() throws {
        let header = try table("cases").header
        #expect(!header.contains("primary_sdgs") && !header.contains("related_sdgs"))
    }

    @Test func caseSDGsNameEachGoalAndRole() throws {
        let rows = try table("case_sdgs").rows
        #expect(rows.map { $0["sdg"] } == ["11", "2", "17", "13"])
        #expect(rows[0]["sdg_name"] == "可持续城市和社区")
        #expect(rows.map { $0["role"] } == ["primary", "primary", "related", "primary"])
    }

    @Test func textFollowsTheLanguageWithChineseFallback() throws {
        let row = try table("cases", language: "en").rows[0]
        #expect(row["city"] == "City A")
        #expect(row["country"] == "'+1")
        #expect(row["awards"] == "Prize A;乙奖")
        #expect(try table("sdg_goals", language: "en").rows[0]["name"] == "No Poverty")
    }

    @Test func exportIsByteIdenticalTwice() throws {
        for profile in CSVProfile.allCases {
            let options = ExportOptions(csvProfile: profile)
            #expect(try exporter.export(report, options: options) == exporter.export(report, options: options))
        }
    }
}
