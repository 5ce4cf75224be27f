import Foundation
@testable import SDGBriefPDF

/// How full each page of a written PDF is, read back with `pdftotext -bbox`,
/// and the sections its pages fall into. A page's fill is how far down the
/// text block its lowest word reaches; its section is the running header it
/// carries, so pages under one header are one section, whatever the report.
struct PageFill {
    struct Section {
        /// The running header's words, the report's title and the section's name.
        var header: String
        /// 1-based page numbers.
        var pages: [Int]
        /// The fill of the section's last page, 0 to 1.
        var tailFill: Double
    }

    var pageCount: Int
    var fills: [Int: Double]
    var sections: [Section]

    init(path: String, geometry: PageGeometry) throws {
        let words = try PDFWord.read(path)
        pageCount = try PageAudit.pages(path)
        let content = geometry.content
        let band = geometry.headerBand.insetBy(dx: -1, dy: -2)
        var fills: [Int: Double] = [:]
        var headers: [Int: String] = [:]
        for (page, onPage) in Dictionary(grouping: words, by: \.page) {
            let header = onPage.filter { $0.yMin >= band.minY && $0.yMax <= band.maxY }.sorted { $0.xMin < $1.xMin }
            headers[page] = header.map(\.text).joined(separator: " ")
            let body = onPage.filter { $0.yMin >= content.minY - 1 && $0.yMax <= content.maxY + 1 }
            fills[page] = ((body.map(\.yMax).max() ?? content.minY) - content.minY) / content.height
        }
        self.fills = fills
        var sections: [Section] = []
        for page in 1 ... max(1, pageCount) {
            // The cover carries no header and starts no section.
            guard let header = headers[page], !header.isEmpty else { continue }
            let fill = fills[page] ?? 0
            if let last = sections.last, last.header == header, last.pages.last == page - 1 {
                sections[sections.count - 1].pages.append(page)
                sections[sections.count - 1].tailFill = fill
            } else {
                sections.append(Section(header: header, pages: [page], tailFill: fill))
            }
        }
        self.sections = sections
    }
}
