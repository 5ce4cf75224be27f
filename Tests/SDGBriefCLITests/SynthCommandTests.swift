import Foundation
import Testing

@Suite struct SynthCommandTests {
    @Test func writesAValidReportTheSameForTheSameSeed() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        for name in ["a.yaml", "b.yaml"] {
            let result = try SDGBriefBinary.run(["synth", "--cases", "12", "--seed", "5", "--output", name], in: directory)
            #expect(result.status == 0, "\(result.standardError)")
        }
        let other = try SDGBriefBinary.run(["synth", "--cases", "12", "--seed", "6"], in: directory)
        let first = try Data(contentsOf: directory.appendingPathComponent("a.yaml"))
        #expect(first == (try Data(contentsOf: directory.appendingPathComponent("b.yaml"))))
        #expect(Data(other.standardOutput.utf8) != first)
        let validation = try SDGBriefBinary.run(["validate", "a.yaml"], in: directory)
        #expect(validation.status == 0)
        #expect(validation.standardOutput.contains("12 cases"))
    }

    @Test func refusesACountOutOfRange() throws {
        let result = try SDGBriefBinary.run(["synth", "--cases", "0"], in: try SDGBriefBinary.temporaryDirectory())
        #expect(result.status == 64)
    }
}
