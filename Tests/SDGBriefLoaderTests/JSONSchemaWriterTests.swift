import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefLoader

@Suite struct JSONSchemaWriterTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let committed = packageRoot.appendingPathComponent("Assets/report.schema.json")

    /// The schema in Assets/ is what editors see; it must say what the loader
    /// accepts. Run with SDGBRIEF_RECORD=1 to rewrite it after changing the
    /// schema; a recording run fails on purpose so nobody records by accident.
    @Test func assetMatchesTheLoadersSchema() throws {
        let generated = JSONSchemaWriter.schema()
        if ProcessInfo.processInfo.environment["SDGBRIEF_RECORD"] == "1" {
            try generated.write(to: Self.committed)
            Issue.record("recorded \(Self.committed.path); run again without SDGBRIEF_RECORD")
            return
        }
        let committed = try Data(contentsOf: Self.committed)
        #expect(committed == generated, "Assets/report.schema.json is stale: run `SDGBRIEF_RECORD=1 swift test --filter JSONSchemaWriterTests`")
    }

    @Test func describesTheVocabulariesAndRequiredFields() throws {
        let json = try #require(JSONSerialization.jsonObject(with: JSONSchemaWriter.schema()) as? [String: Any])
        #expect(json["required"] as? [String] == ["schemaVersion", "id", "title", "cases"])
        let properties = try #require(json["properties"] as? [String: Any])
        let cases = try #require(properties["cases"] as? [String: Any])
        let item = try #require(cases["items"] as? [String: Any])
        let caseProperties = try #require(item["properties"] as? [String: Any])
        let figures = try #require(caseProperties["figures"] as? [String: Any])
        let metric = try #require((figures["items"] as? [String: Any])?["properties"] as? [String: Any])
        let unit = try #require(metric["unit"] as? [String: Any])
        #expect(unit["enum"] as? [String] == MetricUnit.knownRawValues)
        #expect(item["additionalProperties"] as? Bool == false)
    }
}
