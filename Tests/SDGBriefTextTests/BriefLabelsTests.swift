import SDGBriefCore
@testable import SDGBriefText
import Testing

@Suite struct BriefLabelsTests {
    @Test func picksEnglishForEnglishTagsAndChineseOtherwise() {
        #expect(BriefLabels.forLanguage("en").introduction == "Introduction")
        #expect(BriefLabels.forLanguage("en-GB").introduction == "Introduction")
        #expect(BriefLabels.forLanguage("zh").introduction == "引言")
        #expect(BriefLabels.forLanguage("fr").introduction == "引言")
    }

    @Test(arguments: Sector.known)
    func everyKnownSectorHasANameInEachLanguage(_ sector: Sector) {
        #expect(BriefLabels.chinese.sectorName(sector) == sector.nameZh)
        #expect(BriefLabels.english.sectorName(sector) != sector.rawValue)
    }

    @Test func unknownSectorShowsItsCode() {
        #expect(BriefLabels.chinese.sectorName(Sector(rawValue: "mixed")) == "mixed")
    }
}
