import SDGBriefCore
import Testing

@Suite struct SDGCatalogTests {
    @Test func holdsSeventeenGoalsInOrder() {
        #expect(SDGCatalog.goals.map(\.number) == Array(1...17))
    }

    // The colours of the UN SDG communications guidelines; a typo here would
    // put the wrong colour on every chart and badge.
    /// Checked against the RGB values of the UN's SDG Guidelines for the use
    /// of the SDG logo (colour wheel page), typed as decimal triples from that
    /// table rather than copied from the catalog's hexadecimal strings.
    @Test func usesTheOfficialColours() {
        let guidelines: [(Int, Int, Int)] = [
            (229, 36, 59), (221, 166, 58), (76, 159, 56), (197, 25, 45), (255, 58, 33), (38, 189, 226),
            (252, 195, 11), (162, 25, 66), (253, 105, 37), (221, 19, 103), (253, 157, 36), (191, 139, 46),
            (63, 126, 68), (10, 151, 217), (86, 192, 43), (0, 104, 157), (25, 72, 106),
        ]
        #expect(SDGCatalog.goals.map(\.number) == Array(1 ... 17))
        for (goal, rgb) in zip(SDGCatalog.goals, guidelines) {
            #expect(Int(goal.rgb.red) == rgb.0 && Int(goal.rgb.green) == rgb.1 && Int(goal.rgb.blue) == rgb.2, "SDG \(goal.number): \(goal.colorHex)")
        }
        // Seventeen distinct colours: no goal borrows another's.
        #expect(Set(SDGCatalog.goals.map { $0.colorHex.uppercased() }).count == 17)
    }

    @Test func decodesColourComponents() {
        let rgb = SDGCatalog.goal(17)!.rgb
        #expect(rgb.red == 0x19 && rgb.green == 0x48 && rgb.blue == 0x6A)
    }

    @Test func namesGoalsAsTheSourceReportPrintsThem() {
        #expect(SDGCatalog.goal(9)?.nameZh == "产业、创新和基础设施")
        #expect(SDGCatalog.goal(17)?.nameZh == "促进目标实现的伙伴关系")
        #expect(SDGCatalog.goal(0) == nil && SDGCatalog.goal(18) == nil)
    }
}
