import Foundation
@testable import SDGBriefLoader
import Testing
import Yams

@Suite struct YAMLNullTests {
    /// The spellings are Yams' own: each loads as null, and near misses do not.
    @Test func areWhatYamsReadsAsNull() throws {
        for spelling in YAMLNull.plainSpellings {
            let loaded = try #require(try Yams.load(yaml: "field: \(spelling)\n") as? [String: Any])
            #expect(loaded["field"] is NSNull, "“\(spelling)”")
        }
        for nearMiss in ["nul", "nULL", "NUll", "~~", "none", "'null'"] {
            let loaded = try #require(try Yams.load(yaml: "field: \(nearMiss)\n") as? [String: Any])
            #expect(!(loaded["field"] is NSNull), "“\(nearMiss)”")
        }
    }
}
