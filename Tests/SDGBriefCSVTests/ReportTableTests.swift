import Foundation
import SDGBriefCore
@testable import SDGBriefCSV
import Testing

/// The tables' one description agrees with the rows written and with docs/csv.md.
@Suite struct ReportTableTests {
    /// Counts each row's fields and notes which hold numbers.
    struct Recorder: TableRowWriter {
        var rows: [[Bool?]] = []
        var current: [Bool?] = []
        mutating func text(_ text: String) { current.append(false) }
        mutating func text(_ metric: Metric, formattedBy formatter: MetricFormatter) { current.append(false) }
        mutating func text(joining items: some Sequence<String>, separator: String) { current.append(false) }
        mutating func number(_ value: Double?) { current.append(value.map { _ in true }) }
        mutating func integer(_ value: Int?) { current.append(value.map { _ in true }) }
        mutating func empty() { current.append(nil) }
        mutating func endRow() throws {
            rows.append(current)
            current = []
        }
    }

    @Test func everyRowHasOneFieldPerColumnOfTheDescribedType() throws {
        let report = CSVFixture.report()
        for table in ReportTable.allCases {
            var recorder = Recorder()
            try table.writeRows(report, language: "zh", into: &recorder)
            #expect(recorder.rows.count == table.rowCount(report), "\(table.name)")
            for row in recorder.rows {
                #expect(row.count == table.columns.count, "\(table.name)")
                for (field, column) in zip(row, table.columns) {
                    if let isNumber = field { #expect(isNumber == column.kind.isNumeric, "\(table.name).\(column.name)") }
                    if field == nil { #expect(!column.required, "\(table.name).\(column.name)") }
                }
            }
        }
    }

    @Test func everyColumnIsDescribedInBothLanguages() {
        for table in ReportTable.allCases {
            #expect(table.title.translations.keys.sorted() == ["en", "zh"])
            #expect(table.title.text(in: "en").count <= 31)
            for column in table.columns {
                #expect(!column.title.text(in: "zh").isEmpty && !column.title.text(in: "en").isEmpty)
                #expect(column.description.translations["en"] != nil && column.description.translations["zh"] != nil)
            }
            for key in table.foreignKeys {
                let target = ReportTable.allCases.first { $0.name == key.table }
                #expect(target?.primaryKey == key.referencedFields, "\(table.name) → \(key.table)")
            }
        }
    }

    /// docs/csv.md lists each file's columns in order; it must say what the tables are.
    @Test func docsListTheColumnsInOrder() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/csv.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for table in ReportTable.allCases {
            let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("| `\(table.name).csv`") }, "\(table.name)")
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            // The names in backticks, leaving out the notes in parentheses after some.
            let names = cells[2].replacing(/\([^)]*\)/, with: "").matches(of: /`([a-z_]+)`/).map { String($0.output.1) }
            #expect(names == table.columns.map(\.name), "\(table.name)")
        }
    }
}
