import Foundation
import SDGBriefCore
import SDGBriefLoader
import Testing

@testable import SDGBriefSynth

struct ReportSynthesizerTests {
    @Test func yamlLoadsAndValidatesWithTheCasesAsked() throws {
        let report = ReportSynthesizer(seed: 7).report(cases: 25)
        let data = SynthEncoder.encode(report, as: .yaml)
        let loaded = try ReportLoader().load(data: data, name: "synthetic.yaml")
        #expect(loaded.cases.count == 25)
        #expect(loaded == report)
    }

    @Test func jsonLoadsAndValidates() throws {
        let report = ReportSynthesizer(seed: 3).report(cases: 5)
        let loaded = try ReportLoader().load(data: SynthEncoder.encode(report, as: .json), name: "synthetic.json")
        #expect(loaded == report)
    }

    @Test func sameSeedGivesSameBytesAndOtherSeedsDiffer() {
        let first = SynthEncoder.encode(ReportSynthesizer(seed: 42).report(cases: 10), as: .yaml)
        let again = SynthEncoder.encode(ReportSynthesizer(seed: 42).report(cases: 10), as: .yaml)
        let other = SynthEncoder.encode(ReportSynthesizer(seed: 43).report(cases: 10), as: .yaml)
        #expect(first == again)
        #expect(first != other)
    }

    @Test func casesAreShapedLikeTheBundledOnes() {
        for item in ReportSynthesizer(seed: 11).report(cases: 50).cases {
            let narrative = item.narrative.map(\.zh.count).reduce(0, +)
            #expect((820 ... 920).contains(narrative))
            #expect((2 ... 4).contains(item.sdgs.count))
            #expect(!item.primaryGoals.isEmpty)
            #expect((5 ... 15).contains(item.figures.count))
            #expect(!item.milestones.isEmpty)
            #expect(Set(item.partners.map(\.sector)).count >= 1)
            #expect(!item.awards.isEmpty)
        }
    }

    /// Ten thousand cases must stay under the loader's size limit.
    @Test func tenThousandCasesFitTheLoaderLimit() {
        let sample = SynthEncoder.encode(ReportSynthesizer(seed: 1).report(cases: 200), as: .yaml)
        let perCase = Double(sample.count) / 200
        #expect(perCase * 10_000 < Double(ReportLoader.maximumFileSize))
    }
}
