import SDGBriefCore
import SDGBriefGraphics

/// Where things go on a page of the brief, in PostScript points.
///
/// Margins are 25 mm at the sides, enough for any office printer and for
/// binding. The text block's width is a whole number of body ems, so a line
/// of Chinese fills it exactly and justification has nothing to stretch.
public struct PageGeometry: Sendable, Hashable {
    public static let millimetre = 72 / 25.4

    public var pageSize: Size
    /// The body text block.
    public var content: Rect
    /// The running header's band above the text block.
    public var headerBand: Rect
    /// The folio's band below the text block.
    public var footerBand: Rect

    public init(paper: PaperSize, bodySize: Double = BriefTheme.bodySize) {
        pageSize = Size(width: paper.width, height: paper.height)
        let side = 25 * Self.millimetre
        let ems = ((paper.width - 2 * side) / bodySize).rounded(.down)
        let width = ems * bodySize
        let left = ((paper.width - width) / 2).rounded()
        headerBand = Rect(x: left, y: 15 * Self.millimetre, width: width, height: 18)
        footerBand = Rect(x: left, y: paper.height - 15 * Self.millimetre - 16, width: width, height: 16)
        let top = 26 * Self.millimetre
        let bottom = paper.height - 24 * Self.millimetre
        content = Rect(x: left, y: top, width: width, height: bottom - top)
    }

    /// Everything printed lies in here: the text block with the header and
    /// footer bands. Decoration (rules, colour bars) stays inside it too.
    public var printArea: Rect {
        Rect(x: content.minX, y: headerBand.minY, width: content.width, height: footerBand.maxY - headerBand.minY)
    }
}
