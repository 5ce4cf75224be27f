import SDGBriefCore
import SDGBriefGraphics

/// The colours of one theme. SDG colours never change with the theme: they
/// are the goals' identity.
struct ChartPalette: Sendable {
    var background: Color?
    var text: Color
    var secondaryText: Color
    var grid: Color
    /// Lines and empty cells that should recede behind the data.
    var faint: Color
    /// The fill behind cards and bar tracks.
    var panel: Color

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
