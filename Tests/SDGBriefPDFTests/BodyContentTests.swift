import Foundation
import SDGBriefCore
@testable import SDGBriefPDF
import Testing

/// Page fill: a case section never ends on a page less than a quarter full
/// unless the whole section fits on one page.
@Suite struct BodyContentTests {
    /// Each case's pages, from its bookmark to the page before the next part.
    private func caseSections(_ document: BriefDocument) -> [(title: String, pages: Range<Int>)] {
        let starts = document.outline.flatMap { [$0] + $0.children }.map(\.pageIndex).sorted()
        let cases = document.outline.first { $0.destination == BodyContent.cases }?.children ?? []
        return cases.map { entry in
            let end = starts.first { $0 > entry.pageIndex } ?? document.pages.count
            return (entry.title, entry.pageIndex ..< end)
        }
    }

    private func fill(_ page: BriefPage, geometry: PageGeometry) -> Double {
        let bottom = page.blocks.map(\.frame.maxY).max() ?? geometry.content.minY
        return (bottom - geometry.content.minY) / geometry.content.height
    }

    @Test(arguments: [0, 3, 8, 30])
    func noCaseEndsOnANearlyEmptyPage(caseCount: Int) throws {
        let report = caseCount == 0 ? try BriefFixture.bundled() : try BriefFixture.report(caseCount: caseCount)
        let document = try BriefFixture.layout(report)
        let sections = caseSections(document)
        #expect(sections.count == report.cases.count)
        var fills: [String] = []
        for section in sections where section.pages.count > 1 {
            let tail = fill(document.pages[section.pages.last!], geometry: document.geometry)
            fills.append(String(format: "%.2f", tail))
            #expect(tail >= BodyContent.minimumTailFill, "\(section.title): last of \(section.pages.count) pages is \(Int(tail * 100))% full")
        }
        #expect(!fills.isEmpty, "no case ran over a page: nothing was measured")
    }
}

/// Page fill read back from the written PDF: no section (the contents, the
/// introduction, each case, the charts, the conclusions) ends on a page less
/// than a quarter full unless it fits on one page.
extension BodyContentTests {
    static let reports: [(cases: Int, language: String)] = [0, 3, 8, 30].flatMap { [($0, "zh"), ($0, "en")] }

    @Test(arguments: reports)
    func noSectionOfThePDFEndsOnANearlyEmptyPage(caseCount: Int, language: String) throws {
        let report = caseCount == 0 ? try BriefFixture.bundled()
            : language == "zh" ? try BriefFixture.report(caseCount: caseCount) : try BriefFixture.englishReport(caseCount: caseCount)
        let pdf = try BriefFixture.pdf(report, options: ExportOptions(date: BriefFixture.fixedDate, language: language))
        let (directory, path) = try BriefFixture.write(pdf)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fill = try PageFill(path: path, geometry: PageGeometry(paper: .a4))
        // Contents, introduction, each case, charts, conclusions: every section found by its header.
        #expect(fill.sections.count >= report.cases.count + 3, "\(fill.sections.map(\.header))")
        let long = fill.sections.filter { $0.pages.count > 1 }
        #expect(!long.isEmpty, "no section ran over a page: nothing was measured")
        for section in long {
            #expect(section.tailFill >= BodyContent.minimumTailFill,
                    "\(section.header): last of pages \(section.pages) is \(Int(section.tailFill * 100))% full")
        }
    }
}
