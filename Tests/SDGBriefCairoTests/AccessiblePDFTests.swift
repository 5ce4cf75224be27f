import Foundation
import SDGBriefCairo
import SDGBriefGraphics
import SDGBriefTestSupport
import Testing

@Suite struct AccessiblePDFTests {
    static let a4 = Size(width: 595.276, height: 841.89)

    let engine: TextEngine
    let measurer: PangoTextMeasurer

    init() throws {
        engine = try TextEngine()
        measurer = PangoTextMeasurer(engine: engine)
    }

    private func text(_ string: String, at y: Double) -> Mark {
        .text(TextRun(string, style: TextStyle(size: 12), origin: Point(x: 56, y: y), measuredBy: measurer))
    }

    /// What the writer hands the post-processing.
    struct Tagged {
        var data: Data
        var alts: [String]
        var links: [String]
        var scopes: [String]
    }

    /// A title with every character XML escapes, and the other metadata.
    static let metadata = PDFMetadata(
        title: "简报 <A & B> \"引\" 'q'", author: "城市网络", subject: "城市与目标", keywords: ["城市", "SDG"],
        creator: "sdgbrief", creationDate: Date(timeIntervalSince1970: 1_717_243_200), modificationDate: Date(timeIntervalSince1970: 1_717_329_600)
    )

    /// Two pages: a heading, a figure with alt text, a paragraph, a table of
    /// one labelled value, links in list items (to an address, and to the
    /// heading with words of its own), and a header rule and folio outside
    /// any element.
    private func tagged(metadata: PDFMetadata = Self.metadata) throws -> Tagged {
        let pdf = try PDFWriter(pageSize: Self.a4, metadata: metadata, engine: engine)
        try pdf.beginPage()
        try pdf.draw([
            .rect(RectMark(Rect(x: 56, y: 40, width: 480, height: 0.5), fill: .black)),
            text("第 1 页", at: 800),
            MarkGroup.tagged(StructureTag(.heading1), [text("城市伙伴关系", at: 60)]),
            MarkGroup.tagged(StructureTag(.figure, alternativeText: "条形图：三个城市。"), [.rect(RectMark(Rect(x: 56, y: 100, width: 100, height: 40), fill: .black))]),
            MarkGroup.tagged(StructureTag(.paragraph), [text("正文。", at: 160)]),
            .destination(NamedDestination("top", at: Point(x: 56, y: 60))),
            MarkGroup.tagged(StructureTag(.table), [MarkGroup.tagged(StructureTag(.tableRow), [
                MarkGroup.tagged(StructureTag(.tableHeader, headerScope: .row), [text("人口", at: 200)]),
                MarkGroup.tagged(StructureTag(.tableData), [text("1200万", at: 220)]),
            ])]),
        ])
        try pdf.endPage()
        try pdf.beginPage()
        try pdf.draw([
            MarkGroup.tagged(StructureTag(.list), [MarkGroup.tagged(StructureTag(.listItem), [
                text("目录项", at: 60), .link(LinkArea(Rect(x: 56, y: 60, width: 100, height: 14), to: .uri("https://sdgs.un.org"))),
            ]), MarkGroup.tagged(StructureTag(.listItem), [
                text("城市伙伴关系", at: 80),
                .link(LinkArea(Rect(x: 56, y: 80, width: 100, height: 14), to: .destination("top"), alternativeText: "城市伙伴关系，第 1 页")),
            ])]),
            MarkGroup.tagged(StructureTag(.figure, alternativeText: "徽章：目标11。"), [text("11", at: 100)]),
            text("第 2 页", at: 800),
        ])
        try pdf.endPage()
        let (alts, links, scopes) = (pdf.figureAlternativeTexts, pdf.linkDescriptions, pdf.tableHeaderScopes)
        return Tagged(data: try pdf.finish(), alts: alts, links: links, scopes: scopes)
    }

    private func complete(_ tagged: Tagged, language: String = "zh-CN") throws -> Data {
        try complete(tagged.data, alts: tagged.alts, links: tagged.links, scopes: tagged.scopes, language: language)
    }

    private func complete(_ data: Data, alts: [String], links: [String], scopes: [String], language: String = "zh-CN") throws -> Data {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("cairo.pdf")
        try data.write(to: input)
        var output = Data()
        try AccessiblePDF.complete(fileAt: input, language: language, figureAlternativeTexts: alts,
                                   linkDescriptions: links, tableHeaderScopes: scopes) { chunk in
            output.append(contentsOf: chunk)
            return true
        }
        return output
    }

    /// `body` given a scratch directory holding cairo's file of `written` as
    /// "cairo.pdf", for tests that compare it with a file made from it.
    @discardableResult
    private func withCairoFile<T>(_ written: Tagged, _ body: (_ directory: URL, _ cairo: URL) throws -> T) throws -> T {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cairo = directory.appendingPathComponent("cairo.pdf")
        try written.data.write(to: cairo)
        return try body(directory, cairo)
    }

    private func read(_ data: Data) throws -> StructureTree {
        try withFile(data) { path in try StructureTree.read(path: path) }
    }

    /// `data` written to a file that qpdf finds undamaged, for `body` to read.
    private func withFile<T>(_ data: Data, _ body: (String) throws -> T) throws -> T {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("brief.pdf")
        try data.write(to: url)
        let check = try ExternalTool.run("qpdf", ["--check", url.path])
        #expect(check.status == 0, "\(check.text)\(check.errorText)")
        return try body(url.path)
    }

    @Test func writerRecordsFigureAltTextInDrawingOrder() throws {
        #expect(try tagged().alts == ["条形图：三个城市。", "徽章：目标11。"])
    }

    /// Cairo alone writes the elements but leaves furniture untagged and no
    /// language or alt text: the reason the post-processing exists.
    @Test func cairoAloneLeavesLanguageAltTextAndArtifactsOut() throws {
        let tree = try read(try tagged().data)
        #expect(tree.lang == nil)
        #expect(tree.elements(["Figure"]).allSatisfy { $0.alt == nil })
        #expect(tree.untaggedPainting > 0)
        #expect(tree.elements(["Link"]).allSatisfy { $0.alt == nil })
        #expect(tree.linkAnnotationContents == [nil, nil])
        #expect(tree.elements(["TH"]).map(\.scope) == [nil])
    }

    @Test func writerRecordsLinkDescriptionsAndHeaderScopesInDrawingOrder() throws {
        let written = try tagged()
        // An address describes itself; a link to a page says the words it covers.
        #expect(written.links == ["https://sdgs.un.org", "城市伙伴关系，第 1 页"])
        #expect(written.scopes == ["Row"])
    }

    /// PDF/UA 7.18.5: each link described on its structure element and its
    /// annotation; 7.5: each header cell says which cells it heads.
    @Test func completedPDFDescribesEveryLinkAndScopesEveryHeaderCell() throws {
        let tree = try read(try complete(try tagged()))
        #expect(tree.elements(["Link"]).map(\.alt) == ["https://sdgs.un.org", "城市伙伴关系，第 1 页"])
        #expect(tree.linkAnnotationContents == ["https://sdgs.un.org", "城市伙伴关系，第 1 页"])
        #expect(tree.elements(["TH"]).map(\.scope) == ["Row"])
        #expect(tree.elements(["Table", "TR", "TH", "TD"]).map(\.role) == ["Table", "TR", "TH", "TD"])
    }

    @Test func anEmptyDescriptionOrScopeWritesNone() throws {
        let written = try tagged()
        let tree = try read(try complete(written.data, alts: written.alts, links: ["", written.links[1]], scopes: [""]))
        #expect(tree.elements(["Link"]).map(\.alt) == [nil, "城市伙伴关系，第 1 页"])
        #expect(tree.linkAnnotationContents == [nil, "城市伙伴关系，第 1 页"])
        #expect(tree.elements(["TH"]).map(\.scope) == [nil])
    }

    @Test func aMismatchedLinkOrHeaderCountIsAnError() throws {
        let written = try tagged()
        #expect(throws: RenderError.self) { try complete(written.data, alts: written.alts, links: Array(written.links.dropLast()), scopes: written.scopes) }
        #expect(throws: RenderError.self) { try complete(written.data, alts: written.alts, links: written.links + ["x"], scopes: written.scopes) }
        #expect(throws: RenderError.self) { try complete(written.data, alts: written.alts, links: written.links, scopes: []) }
    }

    /// The XMP packet, read by an XML parser, says what the document
    /// information says, markup characters and all, with the language and
    /// the PDF/UA identification; its dates are the information's.
    @Test func completedPDFHasXMPMetadataThatRepeatsTheInformation() throws {
        let xmp = try withFile(try complete(try tagged())) { path in try XMPPacket.read(path: path) }
        #expect(xmp.type == "Metadata" && xmp.subtype == "XML")
        #expect(xmp.filter == nil)
        #expect(xmp.value("dc:title") == Self.metadata.title)
        #expect(xmp.info["Title"] == Self.metadata.title)
        #expect(xmp.value("dc:creator") == "城市网络" && xmp.info["Author"] == "城市网络")
        #expect(xmp.value("dc:description") == "城市与目标" && xmp.info["Subject"] == "城市与目标")
        #expect(xmp.value("pdf:Keywords") == xmp.info["Keywords"] && xmp.info["Keywords"] == "城市, SDG")
        #expect(xmp.value("xmp:CreatorTool") == "sdgbrief" && xmp.info["Creator"] == "sdgbrief")
        #expect(xmp.value("pdf:Producer") == xmp.info["Producer"] && xmp.info["Producer"]?.hasPrefix("cairo") == true)
        #expect(xmp.properties["dc:language"] == ["zh-CN"])
        #expect(xmp.value("pdfuaid:part") == "1")
        #expect(xmp.value("xmp:CreateDate") == "2024-06-01T12:00:00Z")
        #expect(xmp.value("xmp:ModifyDate") == "2024-06-02T12:00:00Z")
        // The information's dates in full syntax, which Cairo 1.16 leaves without "D:".
        #expect(xmp.info["CreationDate"] == "D:20240601120000Z")
        #expect(xmp.info["ModDate"] == "D:20240602120000Z")
    }

    /// Without a date, neither the information nor the XMP packet has one: no clock.
    @Test func noDateGivesNoDateInTheXMP() throws {
        let data = try complete(try tagged(metadata: PDFMetadata(title: "简报")))
        let xmp = try withFile(data) { path in try XMPPacket.read(path: path) }
        #expect(xmp.value("dc:title") == "简报")
        #expect(xmp.value("xmp:CreateDate") == nil && xmp.value("xmp:ModifyDate") == nil)
        #expect(xmp.info["CreationDate"] == nil && xmp.info["ModDate"] == nil)
        #expect(xmp.value("dc:creator") == nil)
    }

    /// XML 1.0 cannot hold a control character even escaped: the packet
    /// stays well-formed with a space in its place.
    @Test func aControlCharacterInTheInformationBecomesASpaceInTheXMP() throws {
        let data = try complete(try tagged(metadata: PDFMetadata(title: "简报", subject: "甲\u{07}乙")))
        let xmp = try withFile(data) { path in try XMPPacket.read(path: path) }
        #expect(xmp.info["Subject"] == "甲\u{07}乙")
        #expect(xmp.value("dc:description") == "甲 乙")
    }

    /// The machine-checkable part of PDF/UA-1 finds what Cairo alone leaves
    /// out (so the checker and its reading here can fail) and nothing once completed.
    @Test func thePDFUACheckerFindsNothingOnceCompleted() throws {
        let written = try tagged()
        let before = try withFile(written.data) { path in try PDFUAChecker.findings(path: path) }
        let rules = Set(before.map(\.ruleID))
        for rule in ["UA-01-003", "UA-06-001", "UA-13-004", "UA-15-003", "UA-18-005", "UA-28-004"] {
            #expect(rules.contains(rule), "\(rule) not found in \(rules.sorted())")
        }
        let after = try withFile(try complete(written)) { path in try PDFUAChecker.findings(path: path) }
        #expect(after.isEmpty, "\(after)")
        // Without the descriptions and scopes, just those two rules find something.
        let undescribed = try complete(written.data, alts: written.alts, links: written.links.map { _ in "" }, scopes: [""])
        let found = try withFile(undescribed) { path in try PDFUAChecker.findings(path: path) }
        #expect(Set(found.map(\.ruleID)) == ["UA-15-003", "UA-18-005"], "\(found)")
    }

    @Test func completedPDFHasLanguageAltTextAndArtifacts() throws {
        let tree = try read(try complete(try tagged()))
        #expect(tree.lang == "zh-CN")
        #expect(tree.marked)
        #expect(tree.displayDocTitle)
        #expect(tree.elements(["Figure"]).map(\.alt) == ["条形图：三个城市。", "徽章：目标11。"])
        #expect(tree.elements(["H1", "P", "L", "LI", "Figure"]).map(\.role) == ["H1", "Figure", "P", "L", "LI", "LI", "Figure"])
        #expect(tree.elements(["Figure"]).map(\.page) == [1, 2])
        // The rule and both folios.
        #expect(tree.untaggedPainting == 0)
        #expect(tree.artifacts >= 2)
        #expect(tree.danglingMarkedContent == 0)
        #expect(tree.pagesWithoutStructureTabOrder == 0)
        #expect(tree.elements(["LI"]).first?.children.contains("Link") == true)
    }

    /// The pass completes each object as it passes by, which holds only for
    /// a file stored as cairo stores it: the structure elements in the
    /// tree's order, each page's content in one stream. A file stored
    /// otherwise (here, rewritten by qpdf's writer) is refused, not
    /// completed with texts on the wrong elements.
    @Test func aFileStoredOtherwiseThanCairoStoresItIsRefused() throws {
        let written = try tagged()
        try withCairoFile(written) { directory, cairo in
            let script = """
            import sys, pikepdf
            pdf = pikepdf.open(sys.argv[1])
            pdf.save(sys.argv[2], compress_streams=False)
            first = pdf.pages[0]
            ops = pikepdf.parse_content_stream(first)
            half = len(ops) // 2
            parts = [pikepdf.unparse_content_stream(ops[:half]), pikepdf.unparse_content_stream(ops[half:])]
            first.obj.Contents = pikepdf.Array([pdf.make_stream(part) for part in parts])
            pdf.save(sys.argv[3])
            """
            let reordered = directory.appendingPathComponent("reordered.pdf")
            let split = directory.appendingPathComponent("split.pdf")
            let reshape = try ExternalTool.run("/usr/bin/python3", ["-c", script, cairo.path, reordered.path, split.path])
            try #require(reshape.status == 0, "\(reshape.errorText)")
            func refusal(_ url: URL) throws -> String? {
                do {
                    _ = try complete(try Data(contentsOf: url), alts: written.alts, links: written.links, scopes: written.scopes)
                    return nil
                } catch let error as RenderError {
                    return "\(error)"
                }
            }
            let outOfOrder = try #require(try refusal(reordered))
            #expect(outOfOrder.contains("not stored in the order of the structure tree"), "\(outOfOrder)")
            let inTwo = try #require(try refusal(split))
            #expect(inTwo.contains("page 1's content is not one stream object"), "\(inTwo)")
            // Cairo's own file, completed, is neither.
            #expect(try read(try complete(written)).untaggedPainting == 0)
        }
    }

    /// The pages are found by walking the page tree, not only cairo's flat
    /// list: a tree of nested nodes gets past the plan (the file is then
    /// refused only for the order qpdf's writer stored it in), and a tree
    /// that names a node twice is refused by the plan.
    @Test func thePageTreeIsWalkedAsATree() throws {
        let written = try tagged()
        try withCairoFile(written) { directory, cairo in
            let script = """
            import sys, pikepdf
            pdf = pikepdf.open(sys.argv[1])
            pdf.save(sys.argv[2])
            root = pdf.Root.Pages
            kids = list(root.Kids)
            assert len(kids) == 2
            def node(pages):
                made = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Pages, Kids=pikepdf.Array(pages), Count=len(pages), Parent=root))
                for page in pages:
                    page.Parent = made
                return made
            root.Kids = pikepdf.Array([node(kids[:1]), node(kids[1:])])
            pdf.save(sys.argv[3])
            root.Kids = pikepdf.Array([root.Kids[0], root.Kids[1], root.Kids[0]])
            pdf.save(sys.argv[4])
            """
            let flat = directory.appendingPathComponent("flat.pdf")
            let nested = directory.appendingPathComponent("nested.pdf")
            let twice = directory.appendingPathComponent("twice.pdf")
            let reshape = try ExternalTool.run("/usr/bin/python3", ["-c", script, cairo.path, flat.path, nested.path, twice.path])
            try #require(reshape.status == 0, "\(reshape.errorText)")
            func refusal(_ url: URL) throws -> String? {
                do {
                    _ = try complete(try Data(contentsOf: url), alts: written.alts, links: written.links, scopes: written.scopes)
                    return nil
                } catch let error as RenderError {
                    return "\(error)"
                }
            }
            let flatRefusal = try #require(try refusal(flat))
            #expect(flatRefusal.contains("not stored in the order of the structure tree"), "\(flatRefusal)")
            #expect(try refusal(nested) == flatRefusal)
            let named = try #require(try refusal(twice))
            #expect(named.contains("the page tree names object") && named.contains("twice"), "\(named)")
        }
    }

    /// The pass keeps cairo's object numbers and writes again only what it
    /// completes: every object it keeps holds at least what cairo wrote in
    /// it, each entry with the same value (a reference to the same object),
    /// and the only objects it leaves out are the lengths of the page
    /// contents, which it writes into the streams themselves.
    @Test func everyObjectKeepsWhatCairoWroteInIt() throws {
        let written = try tagged()
        try withCairoFile(written) { directory, before in
            let after = directory.appendingPathComponent("completed.pdf")
            try complete(written).write(to: after)
            // qpdf's JSON writes a reference as "n g R", so equal values mean the
            // same object is referred to.
            let script = """
            import json, subprocess, sys
            def objects(path):
                out = subprocess.run(["qpdf", "--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=none", path],
                                     capture_output=True, check=True).stdout
                return {key: value for key, value in json.loads(out)["qpdf"][1].items() if key.startswith("obj:")}
            before, after = objects(sys.argv[1]), objects(sys.argv[2])
            contents = {item["value"]["/Contents"] for item in before.values()
                        if isinstance(item.get("value"), dict) and item["value"].get("/Type") == "/Page"}
            kept = missing = changed = numbers = numbers_left = 0
            for key, item in before.items():
                if isinstance(item.get("value"), int):
                    numbers += 1
                    numbers_left += key in after
                    continue
                if key not in after:
                    print("missing", key)
                    missing += 1
                    continue
                kept += 1
                mine, theirs = item.get("value"), after[key].get("value")
                if "stream" in item:
                    mine, theirs = item["stream"]["dict"], after[key].get("stream", {}).get("dict")
                    # A page's content is rewritten; any other stream is copied as it is.
                    if key.replace("obj:", "") not in contents and item["stream"].get("data") != after[key]["stream"].get("data"):
                        print("data", key)
                        changed += 1
                if isinstance(mine, dict):
                    for name, value in mine.items():
                        if name in ("/Length", "/Filter", "/CreationDate", "/ModDate"):
                            continue
                        if not isinstance(theirs, dict) or theirs.get(name) != value:
                            print("changed", key, name)
                            changed += 1
                elif mine != theirs:
                    print("changed", key)
                    changed += 1
            print("kept", kept, "missing", missing, "changed", changed, "numbers", numbers - len(contents), numbers_left)
            """
            let result = try ExternalTool.run("/usr/bin/python3", ["-c", script, before.path, after.path])
            try #require(result.status == 0, "\(result.errorText)")
            let summary = try #require(result.text.split(separator: "\n").last.map(String.init))
            let words = summary.split(separator: " ").map(String.init)
            try #require(words.count == 9 && words[0] == "kept", "\(result.text)")
            #expect(Int(words[1]) ?? 0 > 20, "\(summary)")
            #expect(words[3] == "0" && words[5] == "0", "\(result.text)")
            // Cairo stores each stream's length as an object of its own; those of
            // the pages' contents are the ones left out.
            #expect(words[7] == words[8], "\(summary)")
        }
    }

    /// Cairo lists an object it allocated but never wrote where it was about
    /// to write when it allocated it: at the start of another object, or in
    /// the middle of one. Such an entry is no object of the file; the
    /// objects around it stay whole, and the XMP packet does not take its
    /// number.
    @Test func anObjectListedButNeverWrittenIsLeftOut() throws {
        let written = try tagged()
        try withCairoFile(written) { directory, cairo in
            let listed = directory.appendingPathComponent("listed.pdf")
            // Two entries added to cairo's table: one inside object 1, one at object 3.
            let script = """
            import re, sys
            data = open(sys.argv[1], "rb").read()
            start = int(re.findall(rb"startxref\\s+(\\d+)", data)[-1])
            table = data[start:]
            header = re.match(rb"xref\\n0 (\\d+)\\n", table)
            count = int(header.group(1))
            entries = table[header.end():header.end() + 20 * count]
            rest = table[header.end() + 20 * count:]
            inside, at = int(entries[20:30]) + 5, int(entries[60:70])
            entries += b"%010d 00000 n \\n" % inside + b"%010d 00000 n \\n" % at
            rest = re.sub(rb"/Size \\d+", b"/Size %d" % (count + 2), rest)
            open(sys.argv[2], "wb").write(data[:start] + b"xref\\n0 %d\\n" % (count + 2) + entries + rest)
            print(count + 2)
            """
            let edit = try ExternalTool.run("/usr/bin/python3", ["-c", script, cairo.path, listed.path])
            try #require(edit.status == 0, "\(edit.errorText)")
            let size = try #require(Int(edit.text.trimmingCharacters(in: .whitespacesAndNewlines)))
            let completed = try complete(try Data(contentsOf: listed), alts: written.alts, links: written.links, scopes: written.scopes)
            let tree = try read(completed)
            #expect(tree.elements(["Figure"]).map(\.alt) == written.alts)
            #expect(tree.untaggedPainting == 0)
            let number = try withFile(completed) { path in
                try ExternalTool.run("/usr/bin/python3", ["-c", "import sys, pikepdf; print(pikepdf.open(sys.argv[1]).Root.Metadata.objgen[0])", path])
            }
            #expect(Int(number.text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 >= size, "\(number.text) \(number.errorText)")
        }
    }

    @Test func languageIsTheOneAskedFor() throws {
        #expect(try read(try complete(try tagged(), language: "en")).lang == "en")
    }

    @Test func sameInputGivesSameBytes() throws {
        let written = try tagged()
        #expect(try complete(written) == complete(written))
    }

    @Test func aMismatchedAltTextCountIsAnError() throws {
        let written = try tagged()
        #expect(throws: RenderError.self) { try complete(written.data, alts: Array(written.alts.dropLast()), links: written.links, scopes: written.scopes) }
    }

    @Test func aFileThatIsNoPDFIsAnError() throws {
        #expect(throws: RenderError.self) { try complete(Data("not a pdf".utf8), alts: [], links: [], scopes: []) }
    }

    @Test func aWriteFailureStopsWithAnError() throws {
        let written = try tagged()
        try withCairoFile(written) { _, input in
            #expect(throws: RenderError.self) {
                try AccessiblePDF.complete(fileAt: input, language: "zh-CN", figureAlternativeTexts: written.alts,
                                           linkDescriptions: written.links, tableHeaderScopes: written.scopes) { _ in false }
            }
        }
    }
}
