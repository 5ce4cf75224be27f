import Foundation
import SDGBriefCore
@testable import SDGBriefPDF
import SDGBriefTestSupport
import Testing

/// Any valid report lays out: every word in the print area and no two lines
/// of text over each other, on every page, read back with poppler.
@Suite struct PrintAreaTests {
    private func audit(_ report: Report, paper: PaperSize) throws -> PageAudit {
        let (directory, path) = try BriefFixture.write(try BriefFixture.pdf(report, options: ExportOptions(date: BriefFixture.fixedDate, paper: paper)))
        defer { try? FileManager.default.removeItem(at: directory) }
        return try PageAudit(path: path, geometry: PageGeometry(paper: paper))
    }

    private func expectClean(_ audit: PageAudit) {
        #expect(audit.hasPages, "\(audit.pageCount) pages, \(audit.wordCount) words: nothing to check")
        for word in audit.outside.prefix(20) {
            Issue.record("page \(word.page): “\(word.text)” at \(word.xMin),\(word.yMin)–\(word.xMax),\(word.yMax) leaves the print area")
        }
        for (a, b) in audit.overlapping.prefix(20) {
            Issue.record("page \(a.page): “\(a.text)” (\(a.xMin),\(a.yMin)) overlaps “\(b.text)” (\(b.xMin),\(b.yMin))")
        }
    }

    @Test(arguments: [PaperSize.a4, .letter])
    func theExtremeReportStaysInside(paper: PaperSize) throws {
        expectClean(try audit(try ExtremeReport.report(), paper: paper))
    }

    @Test(arguments: [PaperSize.a4, .letter])
    func theBundledReportStaysInside(paper: PaperSize) throws {
        expectClean(try audit(try BriefFixture.bundled(), paper: paper))
    }

    /// The audit cannot pass what holds nothing to check.
    @Test func theAuditRefusesAnEmptyOrOnePagePDF() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("one.pdf").path
        let make = try ExternalTool.run("/usr/bin/python3", ["-c", "import pikepdf,sys; p=pikepdf.new(); p.add_blank_page(); p.save(sys.argv[1])", path])
        try #require(make.status == 0, "\(make.errorText)")
        let audit = try PageAudit(path: path, geometry: PageGeometry(paper: .a4))
        #expect(!audit.hasPages)
    }
}

extension PrintAreaTests {
    /// The running header is one line however long the section's city: the
    /// report title and the section name are cut with an ellipsis.
    @Test func theRunningHeaderStaysOneLine() throws {
        let document = try BriefFixture.layout(try ExtremeReport.report())
        let band = document.geometry.headerBand
        var headers = 0
        var cut = 0
        for page in document.pages.dropFirst() {
            for case .text(let run) in page.marks.untagged where abs(run.origin.y - band.minY) < 0.01 {
                headers += 1
                #expect(run.metrics.lineCount == 1, "“\(run.text)” takes \(run.metrics.lineCount) lines")
                #expect(run.extent.maxY <= band.maxY, "“\(run.text)” runs into the rule")
                if run.metrics.isEllipsized { cut += 1 }
            }
        }
        #expect(headers >= document.pages.count - 1)
        #expect(cut > 0, "the extreme report's long title and city should need cutting")
    }
}
