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
