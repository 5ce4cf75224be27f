import SDGBriefCore
import SDGBriefEngine
import Testing

@Suite struct PreflightTests {
    /// An exporter that states the issues it was given.
    struct Checking: Exporter {
        let name: String
        let summary = "checks"
        let found: [ValidationIssue]
        func export(_ report: Report, options: ExportOptions) throws -> [Artifact] { [] }
        func preflight(_ report: Report, options: ExportOptions) -> [ValidationIssue] { found }
    }

    static let report = Report(id: "r", title: LocalizedText(zh: "标题"), cases: [])

    /// Each exporter's issues in exporter order; one two exporters share is
    /// stated once; an exporter without a preflight adds nothing.
    @Test func gathersEveryExportersIssuesOnce() {
        let font = ValidationIssue(.root, "no glyph")
        let width = ValidationIssue(.root, "too wide")
        struct Plain: Exporter {
            let name = "plain"
            let summary = "plain"
            func export(_ report: Report, options: ExportOptions) throws -> [Artifact] { [] }
        }
        let check = Preflight.check(
            [Checking(name: "a", found: [font]), Plain(), Checking(name: "b", found: [font, width])], options: ExportOptions())
        #expect(check(Self.report) == [font, width])
        #expect(Preflight.check([Plain()], options: ExportOptions())(Self.report).isEmpty)
    }
}
