import Foundation
import SDGBriefCore
import SDGBriefCSV
import SDGBriefLoader
import SDGBriefSynth
import SDGBriefTestSupport
@testable import SDGBriefXLSX
import Testing

/// Reads the workbook back with openpyxl and checks every cell's value and
/// type against the report's tables, and the sheets' headers, widths, frozen
/// rows, filters and number formats.
@Suite struct XLSXExporterTests {
    /// Each row's cells as the tables describe them, typed.
    struct ExpectedCells: TableRowWriter {
        var rows: [[XLSXWorkbookReader.Cell]] = []
        var current: [XLSXWorkbookReader.Cell] = []
        mutating func text(_ text: String) { current.append(text.isEmpty ? .init(type: "empty") : .init(type: "s", text: text)) }
        mutating func text(_ metric: Metric, formattedBy formatter: MetricFormatter) { text(formatter.string(metric)) }
        mutating func text(joining items: some Sequence<String>, separator: String) { text(items.joined(separator: separator)) }
        mutating func number(_ value: Double?) { current.append(value.map { .init(type: "n", number: $0) } ?? .init(type: "empty")) }
        mutating func integer(_ value: Int?) { number(value.map(Double.init)) }
        mutating func empty() { current.append(.init(type: "empty")) }
        mutating func endRow() throws {
            while current.last?.type == "empty" { current.removeLast() }
            rows.append(current)
            current = []
        }
    }

    static func write(_ report: Report, options: ExportOptions = ExportOptions()) throws -> (URL, Data) {
        let artifacts = try XLSXExporter().export(report, options: options)
        #expect(artifacts.map(\.path) == ["\(report.id).xlsx"])
        let artifact = try #require(artifacts.first)
        let url = try ExternalTool.temporaryDirectory().appendingPathComponent(artifact.path)
        try artifact.contents.write(to: url)
        return (url, artifact.contents)
    }

    /// Every data sheet holds exactly the table's rows, each cell of the right
    /// type, under a bold header, with a filter over all of it; with
    /// `layout`, its header row is frozen and every column has a width.
    static func checkTables(_ workbook: XLSXWorkbookReader.Workbook, report: Report, language: String, layout: Bool = true) throws {
        #expect(workbook.sheets.map(\.name) == [XLSXAboutSheet.title.text(in: language)] + ReportTable.allCases.map { $0.title.text(in: language) })
        for (sheet, table) in zip(workbook.sheets.dropFirst(), ReportTable.allCases) {
            var expected = ExpectedCells()
            try table.writeRows(report, language: language, into: &expected)
            let header = table.columns.map { XLSXWorkbookReader.Cell(type: "s", text: $0.title.text(in: language)) }
            #expect(sheet.rows.first == header, "\(sheet.name)")
            let rows = Array(sheet.rows.dropFirst())
            #expect(rows.count == expected.rows.count, "\(sheet.name)")
            for (index, (row, wanted)) in zip(rows, expected.rows).enumerated() where row != wanted {
                Issue.record("\(sheet.name) row \(index + 2): \(row) instead of \(wanted)")
            }
            #expect(sheet.boldHeader, "\(sheet.name)")
            let last = XLSXText.columnLetters(table.columns.count - 1)
            #expect(sheet.filter == "A1:\(last)\(expected.rows.count + 1)", "\(sheet.name)")
            if layout {
                #expect(sheet.freeze == "A2", "\(sheet.name)")
                #expect(sheet.widths.count == table.columns.count, "\(sheet.name)")
            }
        }
    }

    @Test(arguments: ["zh", "en"])
    func openpyxlReadsEveryCellWithItsType(_ language: String) throws {
        let report = try XLSXFixture.report()
        let (url, _) = try Self.write(report, options: ExportOptions(language: language))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let workbook = try XLSXWorkbookReader.read(url)
        try Self.checkTables(workbook, report: report, language: language)
        #expect(workbook.title == report.title.text(in: language))
        #expect(workbook.language == language)
    }

    /// Checked against the model itself, not only against the tables' rows.
    @Test func cellsHoldTheModelsValues() throws {
        let report = try XLSXFixture.report()
        let (url, _) = try Self.write(report)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let sheets = try XLSXWorkbookReader.read(url).sheets
        let cases = sheets[1].rows
        #expect(cases[0].map { $0.text } == ["案例编号", "城市", "国家", "实践", "奖项", "地区", "纬度", "经度", "奖项编号"])
        // Texts that look like a formula, a percentage, a number or a date stay text, as written.
        #expect(cases[1][1] == .init(type: "s", text: XLSXFixture.formula))
        #expect(cases[1][2] == .init(type: "s", text: XLSXFixture.percentage))
        #expect(cases[1][3] == .init(type: "s", text: XLSXFixture.number))
        #expect(cases[1][5] == .init(type: "s", text: XLSXFixture.dateLike))
        #expect(cases[1][6] == .init(type: "n", number: report.cases[0].location.latitude))
        #expect(sheets[5].rows[1][1] == .init(type: "s", text: "@SUM(1)"))
        #expect(sheets[4].rows[1][2].text == report.cases[0].milestones[0].event.zh)

        let metrics = sheets[3].rows.dropFirst()
        let owned = report.figures.map { ("", $0) } + report.cases.flatMap { item in item.figures.map { (item.id, $0) } }
        #expect(metrics.count == owned.count)
        for (row, (caseID, metric)) in zip(metrics, owned) {
            #expect(row[0] == (caseID.isEmpty ? .init(type: "empty") : .init(type: "s", text: caseID)))
            #expect(row[3] == .init(type: "n", number: metric.value), "\(metric.id)")
            if let year = metric.year { #expect(row[6] == .init(type: "n", number: Double(year))) }
        }
        let goals = sheets[7].rows.dropFirst()
        #expect(goals.map { $0[0].number } == SDGCatalog.goals.map { Double($0.number) })
        // No text anywhere carries a neutralising apostrophe.
        for sheet in sheets {
            for row in sheet.rows {
                for cell in row { #expect(!(cell.text ?? "").hasPrefix("'"), "\(sheet.name): \(cell)") }
            }
        }
    }

    @Test func amountsHaveThousandsSeparatorsAndYearsNone() throws {
        let report = try XLSXFixture.report()
        let (url, _) = try Self.write(report)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let sheets = try XLSXWorkbookReader.read(url).sheets
        let metrics = sheets[3]
        let valueFormats = Set(metrics.formats.filter { $0.key.hasPrefix("D") }.values)
        #expect(valueFormats.isSubset(of: ["#,##0", "#,##0.0##"]) && valueFormats.contains("#,##0"))
        let yearFormats = Set(metrics.formats.filter { $0.key.hasPrefix("G") }.values)
        #expect(yearFormats == ["General"])
        #expect(Set(sheets[1].formats.values) == ["General"])
    }

    @Test func columnWidthsFitTheContentCountingChineseTwice() throws {
        let report = try XLSXFixture.report()
        let (url, _) = try Self.write(report)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let cases = try XLSXWorkbookReader.read(url).sheets[1]
        let widestPractice = report.cases.map { XLSXText.width($0.practice.zh) }.max() ?? 0
        let width = try #require(cases.widths["D"])
        #expect(width >= widestPractice && width <= widestPractice + 4)
        #expect(report.cases.contains { $0.practice.zh.unicodeScalars.contains(where: XLSXText.isWide) })
        for width in cases.widths.values { #expect(width >= XLSXSheetLayout.minimumWidth && width <= XLSXSheetLayout.maximumWidth) }
    }

    @Test func synthesisedReportReadsBack() throws {
        let report = ReportSynthesizer(seed: 3).report(cases: 150)
        let (url, _) = try Self.write(report)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        try Self.checkTables(try XLSXWorkbookReader.read(url), report: report, language: "zh")
    }

    @Test func sameBytesTwiceAndEntriesDatedFromTheOptions() throws {
        let report = try XLSXFixture.report()
        let exporter = XLSXExporter()
        #expect(try exporter.export(report, options: ExportOptions()) == exporter.export(report, options: ExportOptions()))
        let dated = ExportOptions(date: Date(timeIntervalSince1970: 1_700_000_000))
        let (url, _) = try Self.write(report, options: dated)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let script = """
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        print(sorted({i.date_time for i in z.infolist()}), z.namelist()[0], z.testzip())
        print(z.read("docProps/core.xml").decode())
        """
        let listing = try ExternalTool.run("/usr/bin/python3", ["-c", script, url.path])
        #expect(listing.status == 0, "\(listing.errorText)")
        #expect(listing.text.hasPrefix("[(2023, 11, 14, 22, 13, 20)] [Content_Types].xml None"), "\(listing.text)")
        #expect(listing.text.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2023-11-14T22:13:20Z</dcterms:created>"))
        let (undated, _) = try Self.write(report)
        defer { try? FileManager.default.removeItem(at: undated.deletingLastPathComponent()) }
        let plain = try ExternalTool.run("/usr/bin/python3", ["-c", script, undated.path])
        #expect(plain.text.hasPrefix("[(1980, 1, 1, 0, 0, 0)]"), "\(plain.text)")
        #expect(!plain.text.contains("dcterms:created"))
    }

    @Test func anEmptyReportStillHasEveryTableWithItsHeader() throws {
        var report = try XLSXFixture.report()
        report.cases = []
        report.figures = []
        report.conclusions = []
        let (url, _) = try Self.write(report, options: ExportOptions(language: "en"))
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        try Self.checkTables(try XLSXWorkbookReader.read(url), report: report, language: "en")
    }
}
