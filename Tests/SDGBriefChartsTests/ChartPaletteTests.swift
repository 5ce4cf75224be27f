@testable import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct ChartPaletteTests {
    /// Every goal's and sector's colour, in every theme, is either seen on
    /// its own or given an edge that is: 3:1 against the canvas and panels.
    @Test(arguments: ChartTheme.allCases)
    func everyDataColourCanBeSeen(_ theme: ChartTheme) {
        let palette = ChartPalette(theme)
        let colours = SDGCatalog.validNumbers.map(ChartPalette.goal) + Sector.known.map(ChartPalette.sector)
        for colour in colours {
            let seen = palette.edge(colour)?.color ?? colour
            for surface in palette.surfaces {
                #expect(seen.contrastRatio(with: surface) >= 3, "\(colour) on \(surface) in \(theme)")
            }
            #expect(palette.visible(colour).contrastRatio(with: palette.backdrop) >= 3)
        }
    }

    /// Official colours stay as they are where they already stand out.
    @Test func aColourThatStandsOutKeepsItsOwnShadeAndNoEdge() throws {
        let palette = ChartPalette(.light)
        let navy = ChartPalette.goal(17)
        #expect(palette.edge(navy) == nil)
        #expect(palette.visible(navy) == navy)
        let yellow = ChartPalette.goal(7)
        #expect(palette.edge(yellow) != nil)
        #expect(palette.dataRect(Rect(x: 0, y: 0, width: 40, height: 40), fill: yellow).fill == yellow)
    }
}
