import Foundation
import SDGBriefCore
@testable import SDGBriefCSV
import SDGBriefTestSupport
import Testing

/// Validates `datapackage.json` with frictionless, the Data Package
/// standard's own Python library, and loads every table typed through it,
/// as a data portal or a pandas user would.
@Suite struct DataPackageTests {
    let report = CSVFixture.report()

    /// Writes the CSV export into a fresh directory, as the command line would.
    func exported(_ profile: CSVProfile, language: String = "zh") throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sdgbrief-datapackage-\(UUID().uuidString)")
        for artifact in try CSVExporter().export(report, options: ExportOptions(language: language, csvProfile: profile)) {
            let url = directory.appendingPathComponent(artifact.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try artifact.contents.write(to: url)
        }
        return directory.appendingPathComponent("csv")
    }

    /// Runs Debian's Python (where bootstrap installs frictionless) on `script`
    /// with the package directory as its argument; returns its standard output.
    func python(_ script: String, _ directory: URL) throws -> String {
        let result = try ExternalTool.run("/usr/bin/python3", ["-c", script, directory.path])
        #expect(result.status == 0, "\(result.errorText)")
        return result.text
    }

    static let validate = """
    import sys, json, frictionless
    report = frictionless.validate(sys.argv[1] + "/datapackage.json")
    print(json.dumps({"valid": report.valid, "errors": [e.message for t in report.tasks for e in t.errors][:10]}))
    """

    /// Every row of every resource, read with the descriptor's types, as JSON
    /// with each value's Python type name beside it.
    static let load = """
    import sys, json, frictionless
    package = frictionless.Package(sys.argv[1] + "/datapackage.json")
    tables = {}
    for resource in package.resources:
        with resource:
            tables[resource.name] = {"header": resource.header, "rows": [
                {k: [type(v).__name__, v if not hasattr(v, "as_tuple") else float(v)] for k, v in row.items()} for row in resource.row_stream]}
    print(json.dumps(tables, ensure_ascii=False))
    """

    @Test(arguments: CSVProfile.allCases)
    func validatesWithFrictionless(_ profile: CSVProfile) throws {
        let directory = try exported(profile)
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let result = try JSONSerialization.jsonObject(with: Data(python(Self.validate, directory).utf8)) as? [String: Any]
        #expect(result?["valid"] as? Bool == true, "\(result?["errors"] ?? "no output")")
    }

    @Test(arguments: CSVProfile.allCases)
    func loadsEveryTableTyped(_ profile: CSVProfile) throws {
        let directory = try exported(profile)
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let tables = try #require(try JSONSerialization.jsonObject(with: Data(python(Self.load, directory).utf8)) as? [String: [String: Any]])
        for table in ReportTable.allCases {
            let loaded = try #require(tables[table.name], "\(table.name)")
            // The byte-order mark of the excel profile must not stick to the first name.
            #expect(loaded["header"] as? [String] == table.columns.map(\.name))
            let rows = try #require(loaded["rows"] as? [[String: [Any]]])
            #expect(rows.count == table.rowCount(report), "\(table.name)")
            for row in rows {
                for column in table.columns {
                    let cell = try #require(row[column.name], "\(table.name).\(column.name)")
                    let type = cell[0] as? String
                    if type == "NoneType" {
                        #expect(!column.required, "\(table.name).\(column.name) is empty")
                    } else {
                        // frictionless reads numbers as Python's Decimal, exactly.
                        let expected: Set<String> = switch column.kind.schemaType { case "integer": ["int"]; case "number": ["Decimal", "float"]; default: ["str"] }
                        #expect(expected.contains(type ?? ""), "\(table.name).\(column.name): \(type ?? "?")")
                    }
                }
            }
        }
        let metrics = try #require(tables["metrics"]?["rows"] as? [[String: [Any]]])
        let owned = report.figures.map { ("", $0) } + report.cases.flatMap { item in item.figures.map { (item.id, $0) } }
        for (row, (_, metric)) in zip(metrics, owned) {
            #expect(row["value"]?[1] as? Double == metric.value)
            #expect(row["year"]?[1] as? Int == metric.year)
        }
        let cases = try #require(tables["cases"]?["rows"] as? [[String: [Any]]])
        #expect(cases[0]["latitude"]?[1] as? Double == -34.6037)
        // Neutralised text keeps its apostrophe in the CSV, as the descriptor says.
        #expect(cases[0]["city"]?[1] as? String == "'=SUM(A1)")
    }

    @Test func describesDialectEncodingUnitsAndKeys() throws {
        for profile in CSVProfile.allCases {
            let data = try DataPackage.descriptor(report, options: ExportOptions(language: "en", csvProfile: profile))
            let package = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let resources = try #require(package["resources"] as? [[String: Any]])
            #expect(resources.map { $0["path"] as? String } == ReportTable.allCases.map { "\($0.name).csv" })
            for resource in resources {
                #expect(resource["encoding"] as? String == "utf-8")
                let dialect = try #require(resource["dialect"] as? [String: Any])
                #expect(dialect["lineTerminator"] as? String == (profile == .excel ? "\r\n" : "\n"))
            }
            let metrics = try #require(resources.first { $0["name"] as? String == "metrics" })
            let schema = try #require(metrics["schema"] as? [String: Any])
            let fields = try #require(schema["fields"] as? [[String: Any]])
            let value = try #require(fields.first { $0["name"] as? String == "value" })
            #expect(value["type"] as? String == "number")
            #expect(value["unit"] as? String == "as the unit column says")
            let keys = try #require(schema["foreignKeys"] as? [[String: Any]])
            #expect((keys.first?["reference"] as? [String: Any])?["resource"] as? String == "cases")
            #expect((package["description"] as? String)?.contains("Excel or LibreOffice Calc") == true)
        }
    }

    @Test func sameBytesTwice() throws {
        let options = ExportOptions(date: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(try DataPackage.descriptor(report, options: options) == DataPackage.descriptor(report, options: options))
    }
}
