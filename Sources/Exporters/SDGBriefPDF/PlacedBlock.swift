import SDGBriefGraphics

/// A block as it landed on a page: the record the pagination tests read.
public struct PlacedBlock: Sendable, Hashable {
    public var kind: BlockKind
    /// Where it lies on the page.
    public var frame: Rect
    /// For paragraphs: the lines on this page, and the paragraph's total.
    public var lineCount: Int
    public var paragraphLineCount: Int
    /// Whether the block holds the paragraph's first / last line.
    public var isParagraphStart: Bool
    public var isParagraphEnd: Bool
    public var keepWithNext: Bool
}
