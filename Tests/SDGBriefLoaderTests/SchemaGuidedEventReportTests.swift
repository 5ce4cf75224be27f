import Foundation
import SDGBriefCore
import SDGBriefSynth
import Testing
import Yams

@testable import SDGBriefLoader

/// The fast path must build exactly the report the slow path decodes from
/// Yams' node tree, and decline whatever it cannot read exactly as the slow path does.
@Suite struct SchemaGuidedEventReportTests {
    /// The loader tests' smallest valid report, ending in a line break as files do.
    static let minimal = ReportLoaderTests.minimal + "\n"

    private func fast(_ text: String) -> Report? {
        Data(text.utf8).withUnsafeBytes { SchemaGuidedEventReport.report(from: $0) }
    }

    /// The slow path's reading of a structurally sound file: Yams' tree, the
    /// structure check, the schema-guided JSON and `JSONDecoder`.
    private func slow(_ text: String) throws -> Report {
        let tree = try #require(try Parser(yaml: text, encoding: .utf8).singleRoot())
        var checker = StructureChecker(documentSize: text.utf8.count)
        checker.check(tree, against: ReportSchema.report, at: .root)
        #expect(checker.problems.isEmpty, "\(text)")
        let json = try #require(SchemaGuidedJSON.data(tree, schema: ReportSchema.report))
        return try JSONDecoder().decode(Report.self, from: json)
    }

    private func expectSameReport(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fastReport = try #require(fast(text), "the fast path declined", sourceLocation: sourceLocation)
        #expect(fastReport == (try slow(text)), sourceLocation: sourceLocation)
    }

    /// The model's meaning of each field is given by its position in the
    /// schema's object: the names must be the schema's, in its order.
    @Test func namesEveryFieldAsTheSchemaDoes() {
        func names(_ node: SchemaNode) -> [String] {
            guard case .object(let fields) = node else { return [] }
            return fields.map(\.name)
        }
        func cases<Field: CaseIterable>(_ type: Field.Type) -> [String] { type.allCases.map { "\($0)" } }
        #expect(cases(SchemaGuidedEventReport.ReportField.self) == names(ReportSchema.report))
        #expect(cases(SchemaGuidedEventReport.AwardField.self) == names(ReportSchema.award))
        #expect(cases(SchemaGuidedEventReport.CaseField.self) == names(ReportSchema.reportCase))
        #expect(cases(SchemaGuidedEventReport.GeoPointField.self) == names(ReportSchema.location))
        #expect(cases(SchemaGuidedEventReport.SDGTagField.self) == names(ReportSchema.sdgTag))
        #expect(cases(SchemaGuidedEventReport.MetricField.self) == names(ReportSchema.metric))
        #expect(cases(SchemaGuidedEventReport.MilestoneField.self) == names(ReportSchema.milestone))
        #expect(cases(SchemaGuidedEventReport.PartnerField.self) == names(ReportSchema.partner))
        #expect(cases(SchemaGuidedEventReport.ConclusionField.self) == names(ReportSchema.conclusion))
    }

    // MARK: - Same report as the slow path

    @Test func readsTheBundledReportAsTheSlowPathDoes() throws {
        try expectSameReport(BundledReport.yaml)
    }

    @Test(arguments: [1, 2, 17, 2030] as [UInt64])
    func readsSyntheticReportsAsTheSlowPathDoes(seed: UInt64) throws {
        let report = ReportSynthesizer(seed: seed).report(cases: 12)
        let yaml = String(decoding: SynthEncoder.encode(report, as: .yaml), as: UTF8.self)
        try expectSameReport(yaml)
        let json = String(decoding: SynthEncoder.encode(report, as: .json), as: UTF8.self)
        try expectSameReport(json)
    }

    @Test func readsAReportWrittenAsJSONAsTheSlowPathDoes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = try encoder.encode(try BundledReport.load())
        try expectSameReport(String(decoding: json, as: UTF8.self))
    }

    /// Block and flow styles, every kind of scalar, comments, markers and explicit nulls.
    static let styled = """
        %YAML 1.1
        --- # a comment after the document marker
        schemaVersion: 1   # trailing comment
        "id": 'it''s'
        title:
          zh: "引号\\"与\\\\反斜杠\\t制表\\u00e9\\0"
          en: >
            folded
            over lines

            and a paragraph
        subtitle: ~
        publisher: null
        awards:
        introduction:
          - zh: |
              literal
                indented
              lines
          - zh: |-
              stripped
          - zh: >+
              kept

        # a comment between fields
        cases: []
        closing: [{zh: "multi
          line double", en: 'multi
          line single'}]
        ...

        """

    @Test func readsQuotedFoldedAndLiteralScalarsAndComments() throws {
        try expectSameReport(Self.styled)
    }

    @Test func readsNumbersWithYamsOwnConversions() throws {
        let yaml = Self.minimal
            .replacingOccurrences(of: "schemaVersion: 1", with: "schemaVersion: 0x1F")
            .replacingOccurrences(of: "latitude: 1.5", with: "latitude: +1_5.25e-1")
            .replacingOccurrences(of: "longitude: 2", with: "longitude: -.5")
            .replacingOccurrences(of: "goal: 11", with: "goal: 0o13")
            .replacingOccurrences(of: "value: 1000", with: "value: 1_000")
            .replacingOccurrences(of: "quote: 约1000人", with: "quote: 约1000人\n        year: 2_020\n        valueHigh: 1:30")
        try expectSameReport(yaml)
    }

    /// (A byte-order mark never reaches either path: the loader drops it.)
    @Test func readsWindowsLineEndings() throws {
        try expectSameReport(Self.minimal.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func leavesOutExplicitNullsOfOptionalFields() throws {
        let yaml = Self.minimal + "subtitle:\npublisher: NULL\nconclusions: Null\nclosing: ~\n"
        try expectSameReport(yaml)
        let report = try #require(fast(yaml))
        #expect(report.subtitle == nil && report.publisher == nil && report.conclusions.isEmpty)
    }

    // MARK: - Declined

    /// A change to the minimal report that the fast path must leave to the slow path.
    struct Change: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var find: String
        var replace: String

        init(_ what: String, _ find: String, _ replace: String) {
            (testDescription, self.find, self.replace) = (what, find, replace)
        }
    }

    static let declined: [Change] = [
        Change("an anchor", "title: {zh: 小报告}", "title: &t {zh: 小报告}"),
        Change("an alias", "title: {zh: 小报告}", "title: &t {zh: 小报告}\nsubtitle: *t"),
        Change("an anchor on a scalar", "id: mini", "id: &i mini"),
        Change("a tag on a scalar", "id: mini", "id: !!str mini"),
        Change("a non-specific tag", "id: mini", "id: ! mini"),
        Change("a tag on a mapping", "title: {zh: 小报告}", "title: !!map {zh: 小报告}"),
        Change("a local tag on a sequence", "cases:\n", "cases: !list\n"),
        Change("a repeated field", "id: mini", "id: mini\nid: other"),
        Change("a field repeated in another style", "id: mini", "id: mini\n\"id\": other"),
        Change("a repeated null optional field", "id: mini", "id: mini\nsubtitle: ~\nsubtitle: {zh: 副}"),
        Change("a repeated language", "{zh: 小报告}", "{zh: 小报告, zh: 又}"),
        Change("a language repeated quoted", "{zh: 小报告}", "{zh: 小报告, \"zh\": 又}"),
        Change("an unknown field", "id: mini", "id: mini\nauthor: 某人"),
        Change("a list for a mapping", "title: {zh: 小报告}", "title: [小报告]"),
        Change("text for a mapping", "title: {zh: 小报告}", "title: 小报告"),
        Change("text for a whole number", "schemaVersion: 1", "schemaVersion: one"),
        Change("a fraction for a whole number", "schemaVersion: 1", "schemaVersion: 1.5"),
        Change("a quoted number", "value: 1000", "value: \"1000\""),
        Change("infinity", "value: 1000", "value: .inf"),
        Change("not a number", "value: 1000", "value: .NaN"),
        Change("an empty required field", "id: mini", "id:"),
        Change("a null required field", "id: mini", "id: ~"),
        Change("a null text", "{zh: 小报告}", "{zh: null}"),
        Change("an empty text", "{zh: 小报告}", "{zh: }"),
        Change("a mapping as a text", "{zh: 小报告}", "{zh: {a: b}}"),
        Change("no Chinese text", "{zh: 小报告}", "{en: Report}"),
        Change("a null among a list's text", "    practice: {zh: 实践}", "    practice: {zh: 实践}\n    awards: [a, ~]"),
        Change("an empty list item", "- {goal: 11, role: primary}", "- {goal: 11, role: primary}\n      -"),
        Change("a mapping as a field name", "id: mini", "id: mini\n? {a: b}\n: c"),
        Change("a list as a language", "{zh: 小报告}", "{zh: 小报告, [en]: x}"),
        Change("a missing required field", "    country: {zh: 甲国}\n", ""),
        Change("a missing top-level field", "id: mini\n", ""),
        Change("a missing number", "location: {latitude: 1.5, longitude: 2}", "location: {latitude: 1.5}"),
        Change("a second document", "quote: 约1000人", "quote: 约1000人\n---\nid: again"),
        Change("an empty second document", "quote: 约1000人", "quote: 约1000人\n---"),
        Change("an unclosed list", "quote: 约1000人", "quote: 约1000人\nclosing: ["),
        Change("a tab as indentation", "id: mini", "id: mini\n\tclosing: []"),
        Change("a list at the top", "schemaVersion: 1\n", "- schemaVersion: 1\n"),
    ]

    @Test(arguments: declined)
    func declines(change: Change) throws {
        let yaml = Self.minimal.replacingOccurrences(of: change.find, with: change.replace)
        try #require(yaml != Self.minimal)
        #expect(fast(yaml) == nil)
    }

    @Test func declinesAStreamWithNoDocument() {
        #expect(fast("# nothing but a comment\n") == nil)
        #expect(fast("") == nil)
    }

    // MARK: - Mutations

    static let tokens = [
        "&a ", "*a", "!!str ", "! ", "!!int ", "~", "null", "Null", "\"", "'", "[", "]", "{", "}", ": ", "- ", ", ", "\n", "  ",
        "# c", "zh", "en", "id", "---\n", "...\n", "0x1F", "1_000", "012", ".inf", "-.5", "1e3", "\t", "|\n", ">\n", "? ",
        "\\", "\"\\n\"", "subtitle: ~\n", "title: {zh: t}\n", "year: 2020\n",
    ]

    /// Random edits of the minimal report: whatever the fast path accepts,
    /// the slow path must accept with no structural problem and write as the
    /// very same report. Declining is always safe; accepting is where a
    /// difference could hide.
    @Test func acceptsOnlyWhatTheSlowPathReadsTheSame() throws {
        var random = SplitMix64(seed: 2024)
        var accepted = 0
        for _ in 0..<10_000 {
            var text = Array(random.pick([Self.minimal, Self.styled]).unicodeScalars)
            for _ in 0...random.int(in: 0...1) {
                let at = random.int(in: 0...text.count - 1)
                switch random.int(in: 0...3) {
                case 0: text.remove(at: at)
                case 1: text.insert(contentsOf: random.pick(Self.tokens).unicodeScalars, at: at)
                case 2: text[at] = random.pick(Self.tokens).unicodeScalars.first!
                default:
                    let line = text[at...].prefix { $0 != "\n" }
                    text.insert(contentsOf: line + ["\n"], at: at)
                }
            }
            var yaml = ""
            yaml.unicodeScalars.append(contentsOf: text)
            guard let fastReport = fast(yaml) else { continue }
            accepted += 1
            #expect(fastReport == (try? slow(yaml)), "\(yaml)")
        }
        // The edits must leave many documents the fast path reads, or this tests nothing.
        #expect(accepted > 300)
    }

    /// The baseline of the cases above: without the change the fast path reads it.
    @Test func readsTheUnchangedMinimalReport() throws {
        try expectSameReport(Self.minimal)
    }
}
