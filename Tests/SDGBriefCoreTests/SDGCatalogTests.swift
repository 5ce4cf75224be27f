import SDGBriefCore
import Testing

@Suite struct SDGCatalogTests {
    @Test func holdsSeventeenGoalsInOrder() {
        #expect(SDGCatalog.goals.map(\.number) == Array(1...17))
    }

    // The colours of the UN SDG communications guidelines; a typo here would
    // put the wrong colour on every chart and badge.
    @Test func usesTheOfficialColours() {
        let expected = [
            "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925",
            "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A",
        ]
        #expect(SDGCatalog.goals.map(\.colorHex) == expected)
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
