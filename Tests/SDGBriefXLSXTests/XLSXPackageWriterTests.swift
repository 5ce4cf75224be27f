import Foundation
import SDGBriefCore
import SDGBriefTestSupport
@testable import SDGBriefXLSX
import Testing

@Suite struct XLSXPackageWriterTests {
    @Test func pythonsZipReadsEveryEntryBackInOrderWithTheDate() throws {
        let package = try XLSXPackageWriter(date: Date(timeIntervalSince1970: 1_600_000_000))
        try package.add("b.xml", text: "<b>二</b>")
        let big = Data((0 ..< 700_000).map { UInt8(truncatingIfNeeded: $0 % 251) })
        try package.add("a/big.bin", size: Int64(big.count)) { position, size in big.subdata(in: Int(position) ..< Int(position) + size) }
        let sink = MemoryArtifactSink()
        let stream = try sink.begin("x.zip")
        try package.copy(into: stream)
        try stream.finish()
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("x.zip")
        try #require(sink.artifacts.first).contents.write(to: url)
        let script = """
        import sys, zipfile, hashlib
        z = zipfile.ZipFile(sys.argv[1])
        for i in z.infolist():
            print(i.filename, i.date_time, i.compress_type, hashlib.sha256(z.read(i)).hexdigest())
        """
        let result = try ExternalTool.run("/usr/bin/python3", ["-c", script, url.path])
        #expect(result.status == 0, "\(result.errorText)")
        let lines = result.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("b.xml (2020, 9, 13, 12, 26, 40) 8 ") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("a/big.bin (2020, 9, 13, 12, 26, 40) 8 ") == true, "\(lines)")
        let hash = try ExternalTool.run("/usr/bin/python3", ["-c", "import sys, hashlib; print(hashlib.sha256(bytes(i % 251 for i in range(700000))).hexdigest())"])
        #expect(lines.last?.hasSuffix(hash.text.trimmingCharacters(in: .whitespacesAndNewlines)) == true)
    }

    @Test func leavesNoTemporaryFileBehind() throws {
        let before = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix(".sdgbrief-workbook-") }
        do {
            let package = try XLSXPackageWriter(date: XLSXExporter.undatedEntries)
            try package.add("a.xml", text: "<a/>")
            let after = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix(".sdgbrief-workbook-") }
            #expect(Set(after) == Set(before))
        }
    }
}
