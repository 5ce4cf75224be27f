import Foundation
import Testing
import Yams

@testable import SDGBriefSynth

struct SynthEncoderTests {
    /// A plain scalar only where YAML reads it back as the same string.
    @Test func writesPlainOnlyWhatYAMLCannotMisread() throws {
        for text in ["城市人口", "case-12", "f1", "guangzhou-award", "true", "null", "123", "城市: 人口", "城市, 人口", "a b", "#标签", "", "多\n行", "\"引号\""] {
            let scalar = SynthEncoder.scalar(text)
            let read = try #require(try Yams.load(yaml: "value: \(scalar)") as? [String: Any])
            #expect(read["value"] as? String == text, "\(text) written as \(scalar)")
        }
        #expect(SynthEncoder.scalar("城市人口") == "城市人口")
        #expect(SynthEncoder.scalar("true") == "\"true\"")
    }

    @Test func wholeNumbersHaveNoFraction() {
        #expect(SynthEncoder.number(4_700_000) == "4700000")
        #expect(SynthEncoder.number(33.3) == "33.3")
    }
}
