import Foundation
import SDGBriefCore
import SDGBriefSynth
import Testing
import Yams

@testable import SDGBriefLoader

@Suite struct ReportLoaderTests {
    static let minimal = """
        schemaVersion: 1
        id: mini
        title: {zh: 小报告}
        cases:
          - id: a
            city: {zh: 甲市}
            country: {zh: 甲国}
            region: {zh: 亚洲}
            location: {latitude: 1.5, longitude: 2}
            practice: {zh: 实践}
            sdgs:
              - {goal: 11, role: primary}
            partnership: {zh: 伙伴关系}
            figures:
              - id: f
                label: {zh: 人口}
                value: 1000
                unit: person
                qualifier: about
                quote: 约1000人
        """

    private func errors(_ text: String, name: String = "r.yaml") -> [String] {
        do {
            _ = try ReportLoader().load(data: Data(text.utf8), name: name)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func loadsAMinimalReportWithOptionalListsLeftOut() throws {
        let report = try ReportLoader().load(data: Data(Self.minimal.utf8), name: "r.yaml")
        #expect(report.cases.count == 1)
        #expect(report.cases[0].figures[0].value == 1000)
        #expect(report.cases[0].figures[0].qualifier == .about)
        #expect(report.conclusions.isEmpty && report.awards.isEmpty)
    }

    @Test func listsEveryMistakeWithItsLineAndField() {
        let broken = Self.minimal
            .replacingOccurrences(of: "{goal: 11, role: primary}", with: "{goal: 18, role: primary}")
            .replacingOccurrences(of: "unit: person", with: "unit: hectare")
            .replacingOccurrences(of: "qualifier: about", with: "qualifier: roughly")
        let found = errors(broken)
        #expect(found.count == 3)
        #expect(found[0] == "r.yaml:12:16: cases[0].sdgs[0].goal: unknown SDG 18 (expected 1 to 17)")
        #expect(found[1].hasPrefix("r.yaml:18:15: cases[0].figures[0].unit: unknown unit \"hectare\" (expected one of: person,"))
        #expect(found[2].hasPrefix("r.yaml:19:20: cases[0].figures[0].qualifier: unknown qualifier \"roughly\""))
    }

    @Test func readsAFigureThatIsBothProjectedAndBounded() throws {
        let both = Self.minimal
            .replacingOccurrences(of: "qualifier: about", with: "qualifier: up_to\n        estimate: projected")
            .replacingOccurrences(of: "quote: 约1000人", with: "quote: 预计高达1000人")
        let tree = try #require(try Yams.load(yaml: both) as? [String: Any])
        for data in [Data(both.utf8), try JSONSerialization.data(withJSONObject: tree)] {
            let metric = try ReportLoader().load(data: data, name: "r.yaml").cases[0].figures[0]
            #expect(metric.qualifier == .upTo && metric.estimate == .projected)
        }
        #expect(try ReportLoader().load(data: Data(Self.minimal.utf8), name: "r.yaml").cases[0].figures[0].estimate == nil)
        let found = errors(both.replacingOccurrences(of: "estimate: projected", with: "estimate: guessed"))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("r.yaml:20:19: cases[0].figures[0].estimate:") == true, "\(found)")
        #expect(found.first?.contains("projected, estimated") == true, "\(found)")
    }

    @Test func reportsWrongTypesAndMissingFieldsTogether() {
        let broken = Self.minimal
            .replacingOccurrences(of: "value: 1000", with: "value: 一千")
            .replacingOccurrences(of: "    country: {zh: 甲国}\n", with: "")
            .replacingOccurrences(of: "goal: 11", with: "goal: 1.5")
        let found = errors(broken)
        #expect(found.contains("r.yaml:5:5: cases[0].country: missing required field \"country\""))
        #expect(found.contains("r.yaml:11:16: cases[0].sdgs[0].goal: expected a whole number, found 1.5"))
        #expect(found.contains("r.yaml:16:16: cases[0].figures[0].value: expected a number, found 一千"))
    }

    @Test func namesUnknownFieldsSoTyposAreCaught() {
        let found = errors(Self.minimal.replacingOccurrences(of: "practice:", with: "practise:"))
        #expect(found.contains { $0.hasPrefix("r.yaml:10:5: cases[0].practise: unknown field \"practise\"") })
        #expect(found.contains("r.yaml:5:5: cases[0].practice: missing required field \"practice\""))
    }

    @Test func readsJSONWithLineNumbersToo() {
        let json = """
            {
              "schemaVersion": 1,
              "id": "j",
              "title": {"zh": "报告"},
              "cases": "none"
            }
            """
        #expect(errors(json, name: "r.json") == ["r.json:5:12: cases: expected a list, found \"none\""])
    }

    @Test func reportsMalformedYAMLAtItsLine() {
        let found = errors("schemaVersion: 1\nid: [unclosed\ntitle: x\n")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("r.yaml:3:6: not valid YAML or JSON: "))
    }

    @Test func reportsDuplicateKeys() {
        let found = errors("schemaVersion: 1\nid: a\nid: b\n")
        #expect(found.count == 1)
        #expect(found[0].contains("duplicate field \"id\""))
    }

    @Test func rejectsEmptyBinaryAndNonUTF8Files() {
        #expect(errors("") == ["r.yaml: file is empty"])
        #expect(errors("  \n\n") == ["r.yaml: file is empty"])
        #expect(errors("id: a\u{0}b") == ["r.yaml:1: file contains a NUL byte: this is a binary file, not YAML or JSON text"])
        var bytes = Data("id: a\ntitle: ".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        #expect(throws: ReportLoadError.self) { try ReportLoader().load(data: bytes, name: "r.yaml") }
        let message = (try? ReportLoader().load(data: bytes, name: "r.yaml")).map { _ in "" }
        #expect(message == nil)
        do {
            _ = try ReportLoader().load(data: bytes, name: "r.yaml")
        } catch {
            #expect(error.description == "r.yaml:2:8: invalid UTF-8 (save the file as UTF-8)")
        }
    }

    @Test func acceptsAByteOrderMark() throws {
        var bytes = Data([0xEF, 0xBB, 0xBF])
        bytes.append(Data(Self.minimal.utf8))
        let report = try ReportLoader().load(data: bytes, name: "r.yaml")
        #expect(report.id == "mini")
        #expect(report == ReportLoader.fastReport(from: Data(Self.minimal.utf8)))
    }

    // Aliases let a few kilobytes stand for millions of values; the schema has
    // two levels of lists (cases, then their paragraphs): 1,500 × 1,500 is 2.25
    // million values from 14 KB.
    @Test func stopsAliasBombsInsteadOfExpandingThem() {
        let paragraphs = Array(repeating: "*p", count: 1500).joined(separator: ", ")
        let cases = Array(repeating: "*c", count: 1500).joined(separator: ", ")
        let bomb = """
            schemaVersion: 1
            id: bomb
            title: &p {zh: 哈}
            conclusionsPreamble: &c
              id: a
              city: *p
              country: *p
              region: *p
              location: {latitude: 1, longitude: 1}
              practice: *p
              sdgs: [{goal: 1, role: primary}]
              partnership: *p
              narrative: [\(paragraphs)]
            cases: [\(cases)]
            """
        let found = errors(bomb)
        #expect(found.contains { $0.contains("document expands to more than") })
    }

    @Test func rejectsDeepNestingBeforeParsing() {
        let deep = "cases: " + String(repeating: "[", count: 100_000)
        #expect(errors(deep) == ["r.yaml:1: nesting deeper than 64 levels; a report needs a handful"])
    }

    /// The nesting scan overcounts some valid files, such as a text's line
    /// indented past 128 columns; they were refused before the fast path
    /// existed, and still are.
    @Test func refusesWhatTheNestingScanRefusesOnBothPaths() {
        let indented = Self.minimal.replacingOccurrences(
            of: "    partnership: {zh: 伙伴关系}",
            with: "    partnership: {zh: 伙伴关系}\n    narrative:\n      - zh: |\n          第一行\n" + String(repeating: " ", count: 130) + "缩进很深的一行")
        #expect(ReportLoader.fastReport(from: Data(indented.utf8)) == nil)
        #expect(errors(indented) == ["r.yaml:17: nesting deeper than 64 levels; a report needs a handful"])
    }

    @Test func rejectsFilesLargerThanTheLimit() {
        let large = "# " + String(repeating: "x", count: ReportLoader.maximumFileSize)
        let found = errors(large)
        #expect(found.count == 1 && found[0].contains("report files may be at most"))
    }

    // MARK: - Fast and slow paths

    private func slowReport(_ data: Data) throws -> Report {
        try ReportLoader().loadLocatingProblems(data, documentSize: data.count, name: "r.yaml")
    }

    @Test func fastAndSlowPathsReadTheBundledReportAlike() throws {
        let data = Data(BundledReport.yaml.utf8)
        let fast = try #require(ReportLoader.fastReport(from: data))
        #expect(fast == (try slowReport(data)))
        let tree = try #require(try Parser(yaml: BundledReport.yaml, encoding: .utf8).singleRoot())
        #expect(fast == (try YAMLDecoder().decode(Report.self, from: tree)))
        #expect(try BundledReport.load() == fast)
    }

    @Test(arguments: [3, 8, 64] as [UInt64])
    func fastAndSlowPathsReadSyntheticReportsAlike(seed: UInt64) throws {
        let report = ReportSynthesizer(seed: seed).report(cases: 15)
        for format in [SynthEncoder.Format.yaml, .json] {
            let data = SynthEncoder.encode(report, as: format)
            let fast = try #require(ReportLoader.fastReport(from: data))
            #expect(fast == report)
            #expect(fast == (try slowReport(data)))
            #expect(try ReportLoader().load(data: data, name: "s") == report)
        }
    }

    /// What the fast path declines but is valid still loads, through the slow path.
    @Test func loadsWhatTheFastPathDeclinesAsBefore() throws {
        let aliased = Self.minimal
            .replacingOccurrences(of: "title: {zh: 小报告}", with: "title: &t {zh: 小报告}\nsubtitle: *t")
            .replacingOccurrences(of: "id: mini", with: "id: !!str 0x10")
        let data = Data(aliased.utf8)
        #expect(ReportLoader.fastReport(from: data) == nil)
        let report = try ReportLoader().load(data: data, name: "r.yaml")
        #expect(report.subtitle == report.title)
        #expect(report.id == "0x10")
        #expect(report == (try slowReport(data)))
    }

    /// Messages come from the slow path alone, so they are exactly as before.
    @Test func locatesProblemsTheFastPathDeclines() {
        #expect(errors(Self.minimal + "\nid: again\n") == ["r.yaml:2:1: duplicate field \"id\" in the same mapping"])
        #expect(errors(Self.minimal.replacingOccurrences(of: "{zh: 小报告}", with: "{zh: 小报告, zh: 又}")) == [
            "r.yaml:3:9: duplicate field \"zh\" in the same mapping"
        ])
        #expect(errors(Self.minimal.replacingOccurrences(of: "{zh: 人口}", with: "{en: people}")) == [
            "r.yaml:16:16: cases[0].figures[0].label.zh: missing Chinese text (every text needs \"zh\")"
        ])
        #expect(errors(Self.minimal.replacingOccurrences(of: "value: 1000", with: "value: .inf")) == [
            "r.yaml:17:16: cases[0].figures[0].value: value inf is not a finite number"
        ])
        #expect(errors(Self.minimal + "\n---\nid: b\n") == [
            "r.yaml:21:1: not valid YAML or JSON: but found another document (expected a single document in the stream at line 1)"
        ])
    }

    /// A report the fast path reads but that fails a check is read again with
    /// positions, so the check's problem gets the line of its field.
    @Test func locatesProblemsOfAReportTheFastPathRead() throws {
        let data = Data(Self.minimal.utf8)
        #expect(ReportLoader.fastReport(from: data) != nil)
        let loader = ReportLoader(additionalChecks: [{ report in
            [ValidationIssue(FieldPath.root.appending("cases").appending(0).appending("city").appending("zh"), "no glyph for 甲")]
        }])
        do {
            _ = try loader.load(data: data, name: "r.yaml")
            Issue.record("expected the check's problem")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["r.yaml:6:16: cases[0].city.zh: no glyph for 甲"])
        }
    }

    @Test func namesTheFileWhenItCannotBeRead() {
        #expect(throws: ReportLoadError.self) {
            try ReportLoader().load(contentsOf: URL(fileURLWithPath: "/nonexistent/r.yaml"))
        }
    }
}

@Suite struct DiagnosticTests {
    // Found by fuzzing: a scalar with a line break was quoted into a message
    // and split one problem over two lines.
    @Test func quotesLineBreaksAndTerminalEscapesSoEachProblemIsOneLine() throws {
        let crash = try Data(contentsOf: URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("Fuzz/multiline-scalar.yaml"))
        do {
            _ = try ReportLoader().load(data: crash, name: "f.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["f.yaml:1:1: (document): expected a mapping of fields, found -==\\u{A}{"])
        }
        let message = Diagnostic(file: "f", message: "a\u{1B}[2Jb\u{202E}c").description
        #expect(message == "f: a\\u{1B}[2Jb\\u{202E}c")
    }
}
