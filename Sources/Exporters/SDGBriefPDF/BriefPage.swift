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
    /// Text laid out for this page, and perhaps for the page before, on the
    /// thread that placed it, for the renderer to draw as it is (see
    /// `LaidOutText`); nil where the page was placed on the drawing thread.
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
