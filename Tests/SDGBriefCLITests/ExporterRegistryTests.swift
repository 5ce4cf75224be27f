import Foundation
import SDGBriefCSV
import SDGBriefCore
import Testing

@testable import SDGBriefCLI
@testable import SDGBriefEngine

@Suite struct ExporterRegistryTests {
    @Test func namesAreUniqueAndLowercase() {
        let names = ExporterRegistry().names
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
    }

    @Test func selectsEverythingByDefault() throws {
        #expect(try ExporterRegistry().select([]).map(\.name) == ExporterRegistry().names)
    }

    @Test func acceptsRepeatedOptionsAndCommaListsInRegistryOrder() throws {
        let selected = try ExporterRegistry().select(["json", "text, csv", "json"]).map(\.name)
        #expect(selected == ["csv", "text", "json"])
    }

    @Test func rejectsUnknownNames() {
        #expect(throws: CLIError.self) { try ExporterRegistry().select(["csv,odp"]) }
    }

    @Test func addsExternalExportersAfterTheBuiltInOnesUnlessABuiltInHasTheName() throws {
        let html = ExternalExporter(name: "html", executable: URL(fileURLWithPath: "/opt/sdgbrief-export-html"), reportInput: pluginReportInput)
        let csv = ExternalExporter(name: "csv", executable: URL(fileURLWithPath: "/opt/sdgbrief-export-csv"), reportInput: pluginReportInput)
        let registry = ExporterRegistry(external: [html, csv])
        #expect(registry.names == ExporterRegistry().names + ["html"])
        #expect(registry.shadowed.map(\.executable.path) == ["/opt/sdgbrief-export-csv"])
        #expect(try registry.select(["csv"]).first is CSVExporter)
    }

    @Test func onlyAFormatItDoesNotHoldCallsForExternalExporters() {
        let registry = ExporterRegistry()
        #expect(!registry.lacksAny(of: []))
        #expect(!registry.lacksAny(of: ["json", " Text , csv", "pdf,"]))
        #expect(registry.lacksAny(of: ["json,html"]))
        #expect(registry.lacksAny(of: ["csv", "odp"]))
    }
}
