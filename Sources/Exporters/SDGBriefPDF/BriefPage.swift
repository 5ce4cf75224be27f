import SDGBriefGraphics

/// One laid-out page of the brief: everything to draw on it, with the
/// record of what was placed where.
public struct BriefPage: Sendable {
    public var marks: [Mark]
    /// What a PDF viewer shows as the page's number.
    public var label: String
    /// The section the page belongs to, shown in the running header; nil on the cover.
    public var runningTitle: String?
    public var blocks: [PlacedBlock]
    /// Text laid out on the thread that placed the body, for the renderer to
    /// draw as it is (see `LaidOutText`): on the first page of each batch
    /// of pages that thread hands over, the text of that batch and of the
    /// next batch's first page. Nil on other pages, and where the page was
    /// placed on the drawing thread.
    public var laidOutText: (any LaidOutText)?

    public init(marks: [Mark] = [], label: String = "", runningTitle: String? = nil, blocks: [PlacedBlock] = []) {
        self.marks = marks
        self.label = label
        self.runningTitle = runningTitle
        self.blocks = blocks
    }

    /// The page as a drawing, for renderers and tests.
    public func drawing(size: Size) -> Drawing {
        Drawing(size: size, marks: marks)
    }
}
