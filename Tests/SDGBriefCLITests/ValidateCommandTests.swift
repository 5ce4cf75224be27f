import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func listsEveryMistakeWithItsLine() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.fixture("three-mistakes.yaml")
        let result = try SDGBriefBinary.run(["validate", input], in: directory)
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(input):18:16: cases[0].sdgs[0].goal: unknown SDG 18 (expected 1 to 17)",
            "\(input):24:15: cases[0].figures[0].unit: unknown unit \"hectare\" (expected one of: person, usd, ha, ha_per_year, t, t_per_year, percent, percent_per_year, km, per_km2, family, school, organization, initiative, city, country, settlement, times, count, year)",
            "\(input):31:17: cases[0].partners[0].sector: unknown sector \"government\" (expected one of: public, private, civil, academic, international)",
        ])
        #expect(result.standardOutput.isEmpty)
    }

    /// Structural mistakes (a missing field, a misspelt key, text for a
    /// number) and the model's own (an unknown unit, SDG 18, a latitude of 96)
    /// come out of one run together, in the order they stand in the file.
    @Test func listsStructuralAndSemanticMistakesTogetherInFileOrder() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.packageRoot.appendingPathComponent("Tests/SDGBriefCLITests/BadInput/ten-mixed-mistakes.yaml").path
        let result = try SDGBriefBinary.run(["validate", input], in: directory)
        #expect(result.status == 65)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count >= 10)
        for needle in ["missing required field \"country\"", "latitude 96.0 out of range", "unknown SDG 18", "did you mean \"related\"?",
                       "unknown unit \"hectares\"", "unknown field \"qualifer\", did you mean \"qualifier\"?", "negative value -35",
                       "did you mean \"person\"?", "year 1719 out of range", "expected a number, found \"twelve\"", "did you mean \"public\"?"] {
            #expect(lines.contains { $0.contains(needle) }, "\(needle)")
        }
        let positions = lines.map { line in
            line.dropFirst(input.count + 1).split(separator: ":").prefix(2).compactMap { Int($0) }
        }
        #expect(positions.allSatisfy { $0.count == 2 })
        #expect(positions == positions.sorted { $0.lexicographicallyPrecedes($1) }, "in file order")
    }

    @Test func acceptsAValidFile() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.fixture("valid-two-cases.yaml")
        let result = try SDGBriefBinary.run(["validate", input], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "\(input): valid (2 cases, 2 figures, 0 conclusions)\n")
    }

    @Test func acceptsItsOwnJSONBack() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        #expect(try SDGBriefBinary.run(["export", "-f", "json", "-q"], in: directory).status == 0)
        let result = try SDGBriefBinary.run(["validate", "Output/city-partnerships-sdgs.json"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test func namesAMissingFile() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["validate", "nowhere.yaml"], in: directory)
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("nowhere.yaml: cannot read the file"))
    }

    @Test func treatsAMissingArgumentAsAUsageError() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        #expect(try SDGBriefBinary.run(["validate"], in: directory).status == 64)
    }
}
