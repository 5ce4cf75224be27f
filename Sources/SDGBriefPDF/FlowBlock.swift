import SDGBriefGraphics

/// One piece of a section as the page flow places it: a paragraph that may
/// split between lines, or a unit that never splits.
struct FlowBlock {
    enum Content {
        /// Justified text that may break across pages between its lines.
        case paragraph(text: String, style: TextStyle)
        /// Drawn whole, `height` tall, by `draw` at the given top-left corner.
        case unit(height: Double, draw: (Point) -> [Mark])
    }

    var kind: BlockKind
    var content: Content
    /// Space above, dropped at the top of a page.
    var spaceBefore: Double
    /// Never the last block on a page: headings and labels.
    var keepWithNext: Bool
    /// A named destination at the block's top, for links and bookmarks.
    var destination: String?

    init(kind: BlockKind, content: Content, spaceBefore: Double = 0, keepWithNext: Bool = false, destination: String? = nil) {
        self.kind = kind
        self.content = content
        self.spaceBefore = spaceBefore
        self.keepWithNext = keepWithNext
        self.destination = destination
    }

    /// A unit's height; a paragraph's depends on where it breaks.
    var fixedHeight: Double? {
        if case .unit(let height, _) = content { height } else { nil }
    }

    static func unit(_ kind: BlockKind, height: Double, spaceBefore: Double = 0, keepWithNext: Bool = false, destination: String? = nil, draw: @escaping (Point) -> [Mark]) -> FlowBlock {
        FlowBlock(kind: kind, content: .unit(height: height, draw: draw), spaceBefore: spaceBefore, keepWithNext: keepWithNext, destination: destination)
    }
}
