/// Marks drawn in their own coordinate system: scaled about their origin,
/// then moved by `offset`, and clipped to `clip` (in the group's own units).
/// This is how a page places a chart drawn for another canvas.
public struct MarkGroup: Sendable, Hashable {
    public var offset: Point
    public var scale: Double
    public var clip: Rect?
    public var marks: [Mark]
    /// The structure element the group is, in a tagged PDF; other outputs ignore it.
    public var structure: StructureTag?

    public init(offset: Point = .zero, scale: Double = 1, clip: Rect? = nil, marks: [Mark], structure: StructureTag? = nil) {
        self.offset = offset
        self.scale = scale
        self.clip = clip
        self.marks = marks
        self.structure = structure
    }

    /// `marks` as one structure element, drawn where they are.
    public static func tagged(_ tag: StructureTag, _ marks: [Mark]) -> Mark {
        .group(MarkGroup(marks: marks, structure: tag))
    }

    /// A rectangle in the group's units as it lands on the enclosing canvas.
    public func toParent(_ rect: Rect) -> Rect {
        Rect(
            x: offset.x + rect.minX * scale,
            y: offset.y + rect.minY * scale,
            width: rect.width * scale,
            height: rect.height * scale
        )
    }
}
