import Foundation
import Testing

/// CONTRIBUTING.md draws `Sources/` as the pipeline's stages and the targets
/// in each; the drawing must name exactly the folders that are there, so
/// that it cannot drift from the package as targets come and go.
@Suite struct SourceLayoutTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Stage folder → target folders, as CONTRIBUTING.md draws them.
    static func drawnLayout() throws -> [String: Set<String>] {
        let text = try String(contentsOf: root.appendingPathComponent("CONTRIBUTING.md"), encoding: .utf8)
        let start = try #require(text.range(of: "```\nSources/\n"))
        let end = try #require(text.range(of: "```", range: start.upperBound ..< text.endIndex))
        var layout: [String: Set<String>] = [:]
        var stage: String?
        let name = /\b(SDGBrief[A-Za-z]+|C[A-Z][A-Za-z]+|sdgbrief|EmbedAsset)\b/
        for line in text[start.upperBound ..< end.lowerBound].split(separator: "\n") {
            if let folder = line.firstMatch(of: /^[├└]── ([A-Za-z]+)\//) {
                stage = String(folder.1)
                layout[String(folder.1), default: []] = []
            }
            guard let stage else { continue }
            // Names after `──►` are what a target depends on, drawn in
            // their own stage; the names before it belong to this stage.
            let ownPart = line.split(separator: "──►", maxSplits: 1).first.map(String.init) ?? String(line)
            for match in ownPart.matches(of: name) {
                layout[stage, default: []].insert(String(match.1))
            }
        }
        return layout
    }

    /// Stage folder → target folders, as they are on disk.
    static func actualLayout() throws -> [String: Set<String>] {
        let sources = root.appendingPathComponent("Sources")
        let manager = FileManager.default
        var layout: [String: Set<String>] = [:]
        for stage in try manager.contentsOfDirectory(atPath: sources.path) where !stage.hasPrefix(".") {
            layout[stage] = Set(try manager.contentsOfDirectory(atPath: sources.appendingPathComponent(stage).path).filter { !$0.hasPrefix(".") })
        }
        return layout
    }

    @Test func contributingDrawsEveryStageAndTargetThatIsThere() throws {
        let drawn = try Self.drawnLayout()
        let actual = try Self.actualLayout()
        #expect(Set(drawn.keys) == Set(actual.keys))
        #expect(actual.count >= 5, "the pipeline's stages are folders under Sources/")
        for (stage, targets) in actual {
            #expect(drawn[stage] == targets, "Sources/\(stage)/ holds \(targets.sorted()); CONTRIBUTING.md draws \((drawn[stage] ?? []).sorted()) there")
        }
    }
}
