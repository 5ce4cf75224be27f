/// An outline built from moves, lines and cubic curves.
public struct Path: Sendable, Hashable {
    public var elements: [PathElement]

    public init(_ elements: [PathElement] = []) {
        self.elements = elements
    }

    public mutating func move(to point: Point) { elements.append(.move(to: point)) }
    public mutating func line(to point: Point) { elements.append(.line(to: point)) }
    public mutating func curve(to point: Point, control1: Point, control2: Point) {
        elements.append(.curve(to: point, control1: control1, control2: control2))
    }
    public mutating func close() { elements.append(.close) }

    /// The box around every point of the path, control points included, so it
    /// may be a little larger than the drawn curve; nil for an empty path.
    public var controlBounds: Rect? {
        var points: [Point] = []
        for element in elements {
            switch element {
            case .move(let p), .line(let p): points.append(p)
            case .curve(let p, let c1, let c2): points += [p, c1, c2]
            case .close: break
            }
        }
        guard let first = points.first else { return nil }
        return points.dropFirst().reduce(Rect(origin: first, size: .zero)) {
            $0.union(Rect(origin: $1, size: .zero))
        }
    }
}
