import SDGBriefGraphics

/// Where a group's coordinates land on the page, tracked beside Cairo's own
/// matrix because PDF tags take page coordinates.
struct GroupTransform {
    var offset: Point
    var scale: Double

    static let identity = GroupTransform(offset: .zero, scale: 1)

    func then(_ group: MarkGroup) -> GroupTransform {
        GroupTransform(offset: apply(group.offset), scale: scale * group.scale)
    }

    func apply(_ point: Point) -> Point {
        Point(x: offset.x + point.x * scale, y: offset.y + point.y * scale)
    }

    func apply(_ rect: Rect) -> Rect {
        Rect(origin: apply(rect.origin), size: Size(width: rect.width * scale, height: rect.height * scale))
    }
}
