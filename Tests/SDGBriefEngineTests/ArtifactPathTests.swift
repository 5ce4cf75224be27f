import Testing

@testable import SDGBriefEngine

@Suite struct ArtifactPathTests {
    @Test(arguments: ["report.pdf", "csv/cases.csv", "charts/sdg-coverage.svg"])
    func acceptsOrdinaryRelativePaths(path: String) {
        #expect(ArtifactPath.isSafe(path))
    }

    @Test(arguments: [
        "", "/etc/passwd", "../x", "csv/../../x", "a//b", "./a", "nul", "con.txt", "a:b", "a\\b", "x\u{0}y", "dot.", "trailing ",
        "a<b", "q?",
    ])
    func rejectsPathsThatEscapeOrThatSomeFileSystemRefuses(path: String) {
        #expect(!ArtifactPath.isSafe(path))
    }
}
