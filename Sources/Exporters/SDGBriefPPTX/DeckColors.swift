import SDGBriefCore

/// The deck's colours for one chart theme, as `RRGGBB`: the title and closing
/// slides match the chart slides between them. They follow the charts'
/// palette; a transparent chart sits on a white slide.
struct DeckColors: Sendable {
    var background: String
    var text: String
    var secondaryText: String
    /// The strip of the 17 goals' official colours that marks the deck.
    var goals: [String]
    /// SDG 11 (sustainable cities), the report's subject, for the accent rule.
    var accent: String

    init(_ theme: ChartTheme) {
        switch theme {
        case .light, .transparent:
            background = "FFFFFF"
            text = "1B1F24"
            secondaryText = "4A5260"
        case .dark:
            background = "0E1A2B"
            text = "F4F6FA"
            secondaryText = "B9C3D1"
        }
        goals = SDGCatalog.goals.map { String($0.colorHex.dropFirst()) }
        accent = SDGCatalog.goal(11).map { String($0.colorHex.dropFirst()) } ?? "FD9D24"
    }
}
