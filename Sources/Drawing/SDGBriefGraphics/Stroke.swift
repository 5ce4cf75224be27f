/// How an outline is drawn.
public struct Stroke: Sendable, Hashable {
    public var color: Color
    /// Line width in canvas units.
    public var width: Double
    /// Alternating on/off lengths in canvas units; empty draws a solid line.
    public var dash: [Double]
    public var cap: LineCap

    public init(color: Color, width: Double = 1, dash: [Double] = [], cap: LineCap = .butt) {
        self.color = color
        self.width = width
        self.dash = dash
        self.cap = cap
    }
}
