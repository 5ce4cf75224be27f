import SDGBriefCore
import SDGBriefGraphics

/// The colours of one theme. SDG colours never change with the theme: they
/// are the goals' identity. Where one is too close to the background to be
/// seen (WCAG asks 3:1 of graphics that carry meaning), a mark keeps it as
/// its fill and gains an edge in a shade that is far enough (`edge(_:)`).
struct ChartPalette: Sendable {
    var background: Color?
    var text: Color
    var secondaryText: Color
    var grid: Color
    /// Lines and empty cells that should recede behind the data.
    var faint: Color
    /// The fill behind cards and bar tracks.
    var panel: Color

    /// What graphics must stand out from.
    static let minimumContrast = 3.0

    init(_ theme: ChartTheme) {
        switch theme {
        case .light, .transparent:
            background = theme == .light ? .white : nil
            text = Color(hex: "#1B1F24")!
            secondaryText = Color(hex: "#4A5260")!
            grid = Color(hex: "#C9CED6")!
            faint = Color(hex: "#E3E6EB")!
            // Translucent on a transparent canvas so it tints whatever slide it lands on.
            panel = theme == .light ? Color(hex: "#F2F4F7")! : Color(hex: "#1B1F24")!.withAlpha(0.06)
        case .dark:
            background = Color(hex: "#0E1A2B")!
            text = Color(hex: "#F4F6FA")!
            secondaryText = Color(hex: "#B9C3D1")!
            grid = Color(hex: "#3A4A61")!
            faint = Color(hex: "#26354A")!
            panel = Color(hex: "#17263B")!
        }
    }

    /// The colour behind everything: a transparent chart is meant for light
    /// slides, so it is judged against white.
    var backdrop: Color { background ?? .white }

    /// The colours of the frame and its furniture (panels, tracks, grid),
    /// which carry no data.
    var furniture: [Color] { [backdrop, panel, faint, grid] }

    /// The surfaces a data mark may sit on: the canvas or a panel.
    var surfaces: [Color] { [backdrop, panel.composited(over: backdrop)] }

    /// Whether `color` stands out from every surface by `minimumContrast`.
    func isVisible(_ color: Color) -> Bool {
        let seen = color.composited(over: backdrop)
        return surfaces.allSatisfy { seen.contrastRatio(with: $0) >= Self.minimumContrast }
    }

    /// `color`, or the nearest shade of it toward the text colour that
    /// stands out from every surface: for outlines, rings and edges.
    func visible(_ color: Color) -> Color {
        var shade = color.withAlpha(1)
        var step = 0
        while !isVisible(shade), step < 10 {
            step += 1
            shade = color.withAlpha(1).mixed(with: text, Double(step) / 10)
        }
        return shade
    }

    /// An edge for a mark filled with `color`, when the fill alone would be
    /// too close to the background; nil when it stands out on its own.
    func edge(_ color: Color, width: Double = 3) -> Stroke? {
        isVisible(color) ? nil : Stroke(color: visible(color), width: width)
    }

    /// A rectangle filled with `color` that encodes data, with an edge when
    /// the fill needs one.
    func dataRect(_ rect: Rect, cornerRadius: Double = 0, fill color: Color) -> RectMark {
        let stroke = edge(color)
        // The edge is drawn inside the rectangle, so the mark covers exactly `rect`.
        let inset = (stroke?.width ?? 0) / 2
        return RectMark(rect.insetBy(dx: inset, dy: inset), cornerRadius: cornerRadius, fill: color, stroke: stroke)
    }

    /// A dot filled with `color` that encodes data, with an edge when needed.
    func dataDot(center: Point, radius: Double, fill color: Color) -> CircleMark {
        let stroke = edge(color, width: 2.5)
        return CircleMark(center: center, radius: radius - (stroke?.width ?? 0) / 2, fill: color, stroke: stroke)
    }

    static func goal(_ number: Int) -> Color {
        SDGCatalog.goal(number).flatMap { Color(hex: $0.colorHex) } ?? .black
    }

    /// Five colours for the partner sectors that stay apart for readers with
    /// colour-vision deficiencies (Okabe–Ito) and on both backgrounds.
    static func sector(_ sector: Sector) -> Color {
        switch sector {
        case .public: Color(hex: "#0072B2")!
        case .private: Color(hex: "#E69F00")!
        case .civil: Color(hex: "#009E73")!
        case .academic: Color(hex: "#CC79A7")!
        case .international: Color(hex: "#56B4E9")!
        default: Color(hex: "#999999")!
        }
    }
}
