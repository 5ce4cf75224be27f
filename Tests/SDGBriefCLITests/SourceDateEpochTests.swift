import Foundation
import Testing

@testable import SDGBriefCLI
@testable import SDGBriefEngine

@Suite struct SourceDateEpochTests {
    @Test func readsSecondsSince1970() throws {
        let date = try SourceDateEpoch.date(environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(date == Date(timeIntervalSince1970: 1_700_000_000))
    }

    @Test func isNilWhenUnset() throws {
        #expect(try SourceDateEpoch.date(environment: [:]) == nil)
    }

    @Test(arguments: ["", "-1", "1.5", "soon", "99999999999999"])
    func rejectsAnythingButWholeSeconds(value: String) {
        #expect(throws: CLIError.self) { try SourceDateEpoch.date(environment: ["SOURCE_DATE_EPOCH": value]) }
    }
}
