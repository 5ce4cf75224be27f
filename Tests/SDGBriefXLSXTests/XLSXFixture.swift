import Foundation
import SDGBriefCore
import SDGBriefLoader

/// The bundled report with texts a spreadsheet would take for something
/// else: a formula, a percentage, numbers with leading zeros, a date.
enum XLSXFixture {
    static let formula = "=HYPERLINK(\"http://example.com\",\"点击\")"
    static let percentage = "80%"
    static let number = "00123"
    static let dateLike = "2024-01-02"

    static func report() throws -> Report {
        var report = try BundledReport.load()
        report.cases[0].city = LocalizedText(["zh": formula, "en": "=1+1"])
        report.cases[0].country = LocalizedText(zh: percentage)
        report.cases[0].practice = LocalizedText(zh: number)
        report.cases[0].region = LocalizedText(zh: dateLike)
        report.cases[0].milestones.insert(Milestone(year: 2001, event: LocalizedText(zh: "-5 <b>&amp;</b> \"引号\"\n第二行")), at: 0)
        report.cases[0].partners[0].name = LocalizedText(zh: "@SUM(1)")
        return report
    }
}
