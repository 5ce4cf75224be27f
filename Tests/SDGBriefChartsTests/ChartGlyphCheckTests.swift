import SDGBriefCharts
import SDGBriefCore
import Testing

@Suite struct ChartGlyphCheckTests {
    @Test func aCharacterTheFontLacksIsRefusedWithItsFieldAndCodePoint() throws {
        let measurer = try ChartFixture.measurer()
        // The check only means something if the font really lacks the emoji.
        #expect(!measurer.missingCharacters(in: "😀", font: .sans).isEmpty)
        #expect(measurer.missingCharacters(in: "市", font: .sans).isEmpty)
        var report = ChartFixture.synthetic(cases: 3)
        report.cases[1].city = LocalizedText(zh: "😀市")
        // The coverage chart draws no case text, so it has nothing to refuse.
        for chart in ChartCatalog.all where chart.id != "sdg-coverage" {
            do {
                _ = try chart.layout(report, on: ChartCanvas(.widescreen), measurer: measurer)
                Issue.record("\(chart.id) drew a city its font cannot draw")
            } catch let failure as ExportFailure {
                #expect(failure.kind == .unusableInput)
                #expect(failure.message.contains("cases[case-1].city"), "\(failure.message)")
                #expect(failure.message.contains("U+1F600"), "\(failure.message)")
                #expect(failure.message.contains("😀"), "\(failure.message)")
            }
        }
    }

    @Test func aMilestoneIsNamedByItsIndex() throws {
        var report = ChartFixture.synthetic(cases: 3)
        report.cases[0].milestones[2].event = LocalizedText(zh: "启动\u{10FFFD}")
        #expect {
            _ = try TimelineChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        } throws: { error in
            let message = (error as? ExportFailure)?.message ?? ""
            return message.contains("cases[case-0].milestones[2].event") && message.contains("U+10FFFD")
        }
    }
}
