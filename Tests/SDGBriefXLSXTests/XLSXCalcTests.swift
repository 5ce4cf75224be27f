import Foundation
import SDGBriefCore
import SDGBriefTestSupport
@testable import SDGBriefXLSX
import Testing

/// LibreOffice Calc opens the workbook and saves it again; openpyxl then
/// reads what Calc understood. Calc is slow to start, so this is one test.
@Suite struct XLSXCalcTests {
    @Test func calcReadsEveryValueWithItsType() throws {
        let report = try XLSXFixture.report()
        let (url, _) = try XLSXExporterTests.write(report)
        let directory = url.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = directory.appendingPathComponent("calc")
        // A profile of its own, so that runs side by side do not wait on each other's lock.
        let profile = directory.appendingPathComponent("profile")
        let result = try ExternalTool.run("soffice", [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless",
            "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", saved.path, url.path,
        ])
        #expect(result.status == 0, "\(result.errorText)")
        let workbook = try XLSXWorkbookReader.read(saved.appendingPathComponent(url.lastPathComponent))
        // Saved headless, Calc keeps no view of the sheets (frozen rows) and
        // merges equal column widths, so only what the cells hold is compared.
        try XLSXExporterTests.checkTables(workbook, report: report, language: "zh", layout: false)
        let cases = workbook.sheets[1].rows[1]
        #expect(cases[1] == .init(type: "s", text: XLSXFixture.formula))
        #expect(cases[2] == .init(type: "s", text: XLSXFixture.percentage))
        #expect(cases[3] == .init(type: "s", text: XLSXFixture.number))
        #expect(cases[5] == .init(type: "s", text: XLSXFixture.dateLike))
        #expect(workbook.sheets[3].formats.values.contains("#,##0"))
    }
}
