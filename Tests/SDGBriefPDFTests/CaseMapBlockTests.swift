import Foundation
import SDGBriefCore
@testable import SDGBriefPDF
import SDGBriefTestSupport
import Testing

@Suite struct CaseMapBlockTests {
    private func pageText(_ path: String, page: Int) throws -> String {
        NumberGlue.unglue(try ExternalTool.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", path, "-"]).text)
    }

    /// The map heads the first case's page, where the “cases” bookmark
    /// opens, names every city, and links each to the page its case starts on.
    @Test(arguments: [8, 30])
    func mapHeadsTheCasesAndLinksEveryCityToItsCase(caseCount: Int) throws {
        let report = try BriefFixture.report(caseCount: caseCount)
        let (directory, path) = try BriefFixture.write(try BriefFixture.pdf(report, options: ExportOptions(date: BriefFixture.fixedDate)))
        defer { try? FileManager.default.removeItem(at: directory) }
        let document = try QPDFDocument(path: path)
        let destinations = document.destinations
        let mapPage = try #require(destinations["cases"])
        let text = try pageText(path, page: mapPage)
        #expect(text.contains("案例城市分布"))
        #expect(mapPage == destinations["case-\(report.cases[0].id)"], "the first case begins under the map")
        let links = document.links.filter { $0.page == mapPage }
        for item in report.cases {
            let link = try #require(links.first { $0.destination == "case-\(item.id)" }, "\(item.city.zh) is linked")
            let page = try #require(destinations[link.destination])
            #expect(try pageText(path, page: page).contains(item.practice.zh))
        }
        // Cities left without a label are counted on the map.
        if report.cases.contains(where: { !text.contains($0.city.zh) }) {
            #expect(text.contains("个城市因空间不足未标注名称"))
        } else {
            #expect(caseCount == 8)
        }
    }

    /// The English edition's map speaks English: its title and the cities'
    /// English names, no Chinese word of the chart's own.
    @Test func theEnglishBriefsMapIsInEnglish() throws {
        let report = try BriefFixture.bundled()
        let (directory, path) = try BriefFixture.write(try BriefFixture.pdf(report, options: ExportOptions(date: BriefFixture.fixedDate, language: "en")))
        defer { try? FileManager.default.removeItem(at: directory) }
        let mapPage = try #require(try QPDFDocument(path: path).destinations["cases"])
        let text = try pageText(path, page: mapPage)
        #expect(text.contains("Where the cases are"))
        #expect(text.contains("Dar es Salaam"))
        #expect(!text.contains("案例城市分布") && !text.contains("达累斯萨拉姆"))
    }
}
