import Foundation
import SDGBriefTestSupport
@testable import SDGBriefPDF

/// What `pdftotext -bbox` tells of a PDF's pages: words outside the print
/// area and words of different lines that overlap. Holds for any report:
/// it knows nothing of the layout but the page geometry.
struct PageAudit {
    var pageCount: Int
    var wordCount: Int
    var outside: [PDFWord]
    var overlapping: [(PDFWord, PDFWord)]

    init(path: String, geometry: PageGeometry) throws {
        let words = try PDFWord.read(path)
        pageCount = try Self.pages(path)
        wordCount = words.count
        let area = geometry.printArea.insetBy(dx: -0.5, dy: -0.5)
        outside = words.filter { $0.xMin < area.minX || $0.xMax > area.maxX || $0.yMin < area.minY || $0.yMax > area.maxY }
        overlapping = []
        for page in Dictionary(grouping: words, by: \.page).values {
            for (i, a) in page.enumerated() {
                for b in page[(i + 1)...] {
                    // Words of one line may touch; a shared baseline is one line.
                    guard abs(a.yMax - b.yMax) > 1 else { continue }
                    let dx = min(a.xMax, b.xMax) - max(a.xMin, b.xMin)
                    let dy = min(a.yMax, b.yMax) - max(a.yMin, b.yMin)
                    if dx > 0.5, dy > 0.5 { overlapping.append((a, b)) }
                }
            }
        }
    }

    static func pages(_ path: String) throws -> Int {
        let info = try ExternalTool.run("pdfinfo", [path]).text
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        return Int(line.split(separator: " ").last ?? "") ?? 0
    }

    /// Something to check: more than one page and words on them.
    var hasPages: Bool { pageCount > 1 && wordCount > 0 }
}
