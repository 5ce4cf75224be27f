import Foundation
import Testing

@Suite struct VerifyCommandTests {
    private func exported() throws -> URL {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["export", "-f", "csv,json", "-q"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        return directory
    }

    @Test func acceptsAnUntouchedExport() throws {
        let directory = try exported()
        let result = try SDGBriefBinary.run(["verify", "Output"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let listed = SDGBriefBinary.files(in: directory.appendingPathComponent("Output")).count - 1
        #expect(result.standardOutput == "Output: \(listed) files match manifest.json\n")
    }

    @Test func namesAFileWhoseContentsChanged() throws {
        let directory = try exported()
        let file = directory.appendingPathComponent("Output/csv/metrics.csv")
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count - 3] ^= 0x01
        try bytes.write(to: file)
        let result = try SDGBriefBinary.run(["verify", "Output"], in: directory)
        #expect(result.status == 65)
        #expect(result.standardError.contains("csv/metrics.csv: contents differ from the manifest"))
    }

    @Test func namesAMissingFile() throws {
        let directory = try exported()
        try FileManager.default.removeItem(at: directory.appendingPathComponent("Output/csv/partners.csv"))
        let result = try SDGBriefBinary.run(["verify", "Output"], in: directory)
        #expect(result.status == 65)
        #expect(result.standardError.contains("csv/partners.csv: missing"))
    }

    @Test func namesFilesTheManifestDoesNotListWithoutFailing() throws {
        let directory = try exported()
        try Data("mine".utf8).write(to: directory.appendingPathComponent("Output/extra.txt"))
        let result = try SDGBriefBinary.run(["verify", "Output"], in: directory)
        #expect(result.status == 0)
        #expect(result.standardError == "note: 1 file here is not in manifest.json and was not checked: extra.txt\n")
    }

    @Test func reportsADirectoryWithoutAManifest() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["verify", "."], in: directory)
        #expect(result.status == 66)
        #expect(result.standardError.contains("cannot read the manifest"))
    }
}
