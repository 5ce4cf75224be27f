import Foundation
import SDGBriefOOXML
import SDGBriefTestSupport
import Testing

@Suite struct OOXMLPackageTests {
    struct Entry: Decodable {
        var name: String
        var date: [Int]
        var stored: Bool
        var text: String?
    }

    /// The entries as Python's zipfile reads them, after checking every CRC.
    static func entries(_ package: Data) throws -> [Entry] {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("package.zip")
        try package.write(to: file)
        let script = """
        import json, sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        print(json.dumps([{"name": i.filename, "date": list(i.date_time), "stored": i.compress_type == zipfile.ZIP_STORED,
                           "text": z.read(i).decode() if i.filename.endswith(".xml") or i.filename.endswith(".rels") else None}
                          for i in z.infolist()]))
        """
        let result = try ExternalTool.run("/usr/bin/python3", ["-c", script, file.path])
        try #require(result.status == 0, "\(result.errorText)")
        return try JSONDecoder().decode([Entry].self, from: result.output)
    }

    static func sample(date: Date?) throws -> Data {
        let writer = OOXMLPackage(date: date)
        writer.addRelationships("_rels/.rels", [.init(id: "rId1", type: "http://example.org/main", target: "doc/main.xml")])
        writer.add("doc/main.xml", contentType: "application/vnd.example.main+xml", xml: OOXMLPackage.declaration + "<main/>")
        writer.add("doc/plain.xml", contentType: "application/xml", xml: OOXMLPackage.declaration + "<plain/>")
        writer.add("doc/media/a.png", contentType: "image/png", contents: Data([0x89, 0x50, 0x4E, 0x47]))
        writer.add("doc/media/a.svg", contentType: "image/svg+xml", contents: Data("<svg/>".utf8))
        return try writer.data()
    }

    @Test func contentTypesComeFirstAndPartsInTheOrderAdded() throws {
        let entries = try Self.entries(Self.sample(date: nil))
        #expect(entries.map(\.name) == ["[Content_Types].xml", "_rels/.rels", "doc/main.xml", "doc/plain.xml", "doc/media/a.png", "doc/media/a.svg"])
        let types = try #require(entries[0].text)
        #expect(types.contains(#"<Override PartName="/doc/main.xml" ContentType="application/vnd.example.main+xml"/>"#))
        #expect(!types.contains("/doc/plain.xml") && !types.contains("/doc/media/"))
        #expect(types.contains(#"<Default Extension="png" ContentType="image/png"/>"#))
        #expect(entries[1].text?.contains(#"<Relationship Id="rId1" Type="http://example.org/main" Target="doc/main.xml"/>"#) == true)
        #expect(entries.filter(\.stored).map(\.name) == ["doc/media/a.png"])
    }

    @Test func entriesAreDatedFromTheExportDateOr1980() throws {
        #expect(try Self.entries(Self.sample(date: nil)).allSatisfy { $0.date == [1980, 1, 1, 0, 0, 0] })
        let date = Date(timeIntervalSince1970: 1_714_566_896) // 2024-05-01T12:34:56Z
        #expect(try Self.entries(Self.sample(date: date)).allSatisfy { $0.date == [2024, 5, 1, 12, 34, 56] })
        #expect(try Self.entries(Self.sample(date: Date(timeIntervalSince1970: 0))).allSatisfy { $0.date == [1980, 1, 1, 0, 0, 0] })
    }

    @Test func sameBytesEveryTime() throws {
        #expect(try Self.sample(date: nil) == Self.sample(date: nil))
    }

    /// A part too large to hold, streamed from a scratch file, comes out
    /// whole and in its place, and the package is handed over in pieces.
    @Test func streamsLargePartsFromScratchFiles() throws {
        // Bytes that deflate cannot shrink much, so the package stays large.
        var state: UInt32 = 1
        let big = (0 ..< 700_000).map { _ -> UInt8 in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
        let scratch = try ScratchFile()
        try scratch.write(Array(big[..<300_000]))
        try scratch.write(Array(big[300_000...]))
        let package = OOXMLPackage(date: nil)
        package.add("a.xml", contentType: "application/xml", xml: "<a/>")
        package.add("big.bin", contentType: "application/octet-stream", file: scratch)
        package.add("z.xml", contentType: "application/xml", xml: "<z/>")
        var pieces = 0
        var bytes = Data()
        try package.write { bytes.append($0); pieces += 1 }
        #expect(pieces > 1, "the package is handed over a piece at a time, not as one block")

        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("package.zip")
        let extracted = directory.appendingPathComponent("big.bin")
        try bytes.write(to: file)
        let script = """
        import sys, zipfile
        z = zipfile.ZipFile(sys.argv[1])
        assert z.testzip() is None
        print(" ".join(i.filename for i in z.infolist()))
        open(sys.argv[2], "wb").write(z.read("big.bin"))
        """
        let result = try ExternalTool.run("/usr/bin/python3", ["-c", script, file.path, extracted.path])
        try #require(result.status == 0, "\(result.errorText)")
        #expect(result.text == "[Content_Types].xml a.xml big.bin z.xml\n")
        #expect(try Data(contentsOf: extracted) == Data(big))
    }

    @Test func escapesMarkupAndDropsWhatXMLCannotHold() {
        #expect(OOXMLPackage.escape("a<b>&\"'\u{1}\tc") == "a&lt;b&gt;&amp;&quot;&apos;\tc")
    }
}
