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
    /// The structure element the block's content is in a tagged PDF; nil
    /// leaves it as drawn (already tagged, or decoration).
    var structure: StructureTag?
    /// The element consecutive blocks share on a page: a list, a table.
    var container: StructureRole?
    /// Starts a new page unless the page is fresh: set to keep a section's
    /// short tail from standing alone (see `BodyContent`).
    var breaksBefore = false

    init(kind: BlockKind, content: Content, spaceBefore: Double = 0, keepWithNext: Bool = false, destination: String? = nil) {
        self.kind = kind
        self.content = content
        self.spaceBefore = spaceBefore
        self.keepWithNext = keepWithNext
        self.destination = destination
        structure = BlockTagging.defaultStructure(kind)
        container = BlockTagging.defaultContainer(kind)
    }

    /// The block as another structure element, or as part of another container.
    func tagged(_ structure: StructureTag?, in container: StructureRole? = nil) -> FlowBlock {
        var block = self
        block.structure = structure
        block.container = container
        return block
    }

    /// A unit's height; a paragraph's depends on where it breaks.
    var fixedHeight: Double? {
        if case .unit(let height, _) = content { height } else { nil }
    }

    static func unit(_ kind: BlockKind, height: Double, spaceBefore: Double = 0, keepWithNext: Bool = false, destination: String? = nil, draw: @escaping (Point) -> [Mark]) -> FlowBlock {
        FlowBlock(kind: kind, content: .unit(height: height, draw: draw), spaceBefore: spaceBefore, keepWithNext: keepWithNext, destination: destination)
    }
}
