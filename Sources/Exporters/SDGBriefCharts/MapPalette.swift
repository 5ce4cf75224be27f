import SDGBriefCore
import SDGBriefGraphics

/// The map's colours in one theme: muted land and sea that recede behind
/// the markers, as an atlas's locator maps do.
struct MapPalette {
    var sea: Color
    var graticule: Color
    var outline: Color
    var land: Color
    var border: Color
    /// Behind a label, so it reads over land, sea and borders alike: the
    /// charts' panel colour, furniture like every other chart's panels.
    var plate: Color
    /// Around each marker, to lift it off the land.
    var markerEdge: Color
    var leader: Color

    init(_ theme: ChartTheme) {
        switch theme {
        case .light:
            sea = Color(hex: "#EAF0F5")!
            graticule = Color(hex: "#D6DFE8")!
            outline = Color(hex: "#AFBCCA")!
            land = Color(hex: "#D9D4C9")!
            border = .white
            plate = ChartPalette(theme).panel
            markerEdge = .white
            leader = Color(hex: "#4A5260")!
        case .dark:
            sea = Color(hex: "#13253B")!
            graticule = Color(hex: "#1D324C")!
            outline = Color(hex: "#35506F")!
            land = Color(hex: "#34465D")!
            border = Color(hex: "#0E1A2B")!
            plate = ChartPalette(theme).panel
            markerEdge = Color.white.withAlpha(0.9)
            leader = Color(hex: "#B9C3D1")!
        case .transparent:
            // Tints over whatever light slide the map is placed on.
            let ink = Color(hex: "#1B1F24")!
            sea = ink.withAlpha(0.035)
            graticule = ink.withAlpha(0.07)
            outline = ink.withAlpha(0.28)
            land = ink.withAlpha(0.15)
            border = Color.white.withAlpha(0.9)
            plate = ChartPalette(theme).panel
            markerEdge = .white
            leader = Color(hex: "#4A5260")!
        }
    }
}
