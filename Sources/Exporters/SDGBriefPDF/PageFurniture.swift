import SDGBriefCore
import SDGBriefGraphics

/// The running header (report title, section) and the folio, added once
/// every page exists, since the folio names the page count.
struct PageFurniture {
    let geometry: PageGeometry
    let measurer: any TextMeasurer
    let reportTitle: String
    let words: BriefWords

    /// `page` as page `index` of `pageCount` (from 0): its label, and on
    /// every page but the cover its header and folio. The front matter and
    /// the body, laid out on different threads, finish their pages alike.
    func finish(_ page: BriefPage, index: Int, pageCount: Int) -> BriefPage {
        var page = page
        page.label = index == 0 ? words.cover : String(index + 1)
        if index > 0 {
            page.marks += marks(pageNumber: index + 1, pageCount: pageCount, runningTitle: page.runningTitle)
        }
        return page
    }

    func marks(pageNumber: Int, pageCount: Int, runningTitle: String?) -> [Mark] {
        let header = geometry.headerBand
        let footer = geometry.footerBand
        var style = BriefTheme.text(8.5, BriefTheme.muted, width: header.width / 2 - 6, lineHeight: nil)
        // One line each, however long the title or the city: cut with an ellipsis.
        style.maxLines = 1
        var marks: [Mark] = []
        let title = TextRun(reportTitle, style: style, origin: Point(x: header.minX, y: header.minY), measuredBy: measurer)
        marks.append(.text(title))
        if let runningTitle, runningTitle != reportTitle {
            var right = style
            right.alignment = .right
            marks.append(.text(TextRun(NumberGlue.glue(runningTitle), style: right, origin: Point(x: header.midX + 6, y: header.minY), measuredBy: measurer)))
        }
        marks.append(.rect(RectMark(Rect(x: header.minX, y: header.maxY - 0.5, width: header.width, height: 0.5), fill: BriefTheme.rule)))

        var folioStyle = style
        folioStyle.maxLines = nil
        folioStyle.alignment = .center
        folioStyle.maxWidth = footer.width
        let folio = words.pageOf(pageNumber, pageCount)
        let run = TextRun(folio, style: folioStyle, origin: Point(x: footer.minX, y: footer.minY), measuredBy: measurer)
        marks.append(.text(TextRun(run.text, style: folioStyle, origin: Point(x: footer.minX, y: footer.maxY - run.metrics.logical.height), metrics: run.metrics)))
        return marks
    }
}
