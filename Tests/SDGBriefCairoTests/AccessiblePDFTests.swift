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

    /// Two pages: a heading, a figure with alt text, a paragraph, a link in
    /// a list item, and a header rule and folio outside any element.
    private func tagged() throws -> (data: Data, alts: [String]) {
        let pdf = try PDFWriter(pageSize: Self.a4, metadata: PDFMetadata(title: "简报"), engine: engine)
        try pdf.beginPage()
        try pdf.draw([
            .rect(RectMark(Rect(x: 56, y: 40, width: 480, height: 0.5), fill: .black)),
            text("第 1 页", at: 800),
            MarkGroup.tagged(StructureTag(.heading1), [text("城市伙伴关系", at: 60)]),
            MarkGroup.tagged(StructureTag(.figure, alternativeText: "条形图：三个城市。"), [.rect(RectMark(Rect(x: 56, y: 100, width: 100, height: 40), fill: .black))]),
            MarkGroup.tagged(StructureTag(.paragraph), [text("正文。", at: 160)]),
        ])
        try pdf.endPage()
        try pdf.beginPage()
        try pdf.draw([
            MarkGroup.tagged(StructureTag(.list), [MarkGroup.tagged(StructureTag(.listItem), [
                text("目录项", at: 60), .link(LinkArea(Rect(x: 56, y: 60, width: 100, height: 14), to: .uri("https://sdgs.un.org"))),
            ])]),
            MarkGroup.tagged(StructureTag(.figure, alternativeText: "徽章：目标11。"), [text("11", at: 100)]),
            text("第 2 页", at: 800),
        ])
        try pdf.endPage()
        let alts = pdf.figureAlternativeTexts
        return (try pdf.finish(), alts)
    }

    private func complete(_ data: Data, alts: [String], language: String = "zh-CN") throws -> Data {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("cairo.pdf")
        try data.write(to: input)
        var output = Data()
        try AccessiblePDF.complete(fileAt: input, language: language, figureAlternativeTexts: alts) { chunk in
            output.append(contentsOf: chunk)
            return true
        }
        return output
    }

    private func read(_ data: Data) throws -> StructureTree {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("brief.pdf")
        try data.write(to: url)
        let check = try ExternalTool.run("qpdf", ["--check", url.path])
        #expect(check.status == 0, "\(check.text)\(check.errorText)")
        return try StructureTree.read(path: url.path)
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
    }

    @Test func completedPDFHasLanguageAltTextAndArtifacts() throws {
        let (data, alts) = try tagged()
        let tree = try read(try complete(data, alts: alts))
        #expect(tree.lang == "zh-CN")
        #expect(tree.marked)
        #expect(tree.displayDocTitle)
        #expect(tree.elements(["Figure"]).map(\.alt) == ["条形图：三个城市。", "徽章：目标11。"])
        #expect(tree.elements(["H1", "P", "L", "LI", "Figure"]).map(\.role) == ["H1", "Figure", "P", "L", "LI", "Figure"])
        #expect(tree.elements(["Figure"]).map(\.page) == [1, 2])
        // The rule and both folios.
        #expect(tree.untaggedPainting == 0)
        #expect(tree.artifacts >= 2)
        #expect(tree.danglingMarkedContent == 0)
        #expect(tree.pagesWithoutStructureTabOrder == 0)
        #expect(tree.elements(["LI"]).first?.children.contains("Link") == true)
    }

    /// Cairo writes each page's content as one Flate stream, which helper
    /// threads rewrite; content split over several streams, or not
    /// compressed, is rewritten by qpdf's writer instead, and must come out
    /// as completely marked.
    @Test func contentInSeveralOrUncompressedStreamsIsMarkedToo() throws {
        let (data, alts) = try tagged()
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cairo = directory.appendingPathComponent("cairo.pdf")
        let reshaped = directory.appendingPathComponent("reshaped.pdf")
        try data.write(to: cairo)
        // Page 1's content cut in two streams at an operator, page 2's stored uncompressed.
        let script = """
        import sys, pikepdf
        pdf = pikepdf.open(sys.argv[1])
        first, second = pdf.pages[0], pdf.pages[1]
        ops = pikepdf.parse_content_stream(first)
        half = len(ops) // 2
        parts = [pikepdf.unparse_content_stream(ops[:half]), pikepdf.unparse_content_stream(ops[half:])]
        first.obj.Contents = pikepdf.Array([pdf.make_stream(part) for part in parts])
        second.obj.Contents = pdf.make_stream(second.obj.Contents.read_bytes())
        pdf.save(sys.argv[2], compress_streams=False)
        """
        let reshape = try ExternalTool.run("/usr/bin/python3", ["-c", script, cairo.path, reshaped.path])
        try #require(reshape.status == 0, "\(reshape.errorText)")
        let before = try StructureTree.read(path: reshaped.path)
        #expect(before.untaggedPainting > 0)
        let tree = try read(try complete(try Data(contentsOf: reshaped), alts: alts))
        #expect(tree.pageCount == 2)
        #expect(tree.untaggedPainting == 0)
        #expect(tree.artifacts >= 2)
        #expect(tree.danglingMarkedContent == 0)
        #expect(tree.elements(["Figure"]).map(\.alt) == alts)
    }

    @Test func languageIsTheOneAskedFor() throws {
        let (data, alts) = try tagged()
        #expect(try read(try complete(data, alts: alts, language: "en")).lang == "en")
    }

    @Test func sameInputGivesSameBytes() throws {
        let (data, alts) = try tagged()
        #expect(try complete(data, alts: alts) == complete(data, alts: alts))
    }

    @Test func aMismatchedAltTextCountIsAnError() throws {
        let (data, alts) = try tagged()
        #expect(throws: RenderError.self) { try complete(data, alts: Array(alts.dropLast())) }
    }

    @Test func aFileThatIsNoPDFIsAnError() throws {
        #expect(throws: RenderError.self) { try complete(Data("not a pdf".utf8), alts: []) }
    }

    @Test func aWriteFailureStopsWithAnError() throws {
        let (data, alts) = try tagged()
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("cairo.pdf")
        try data.write(to: input)
        #expect(throws: RenderError.self) {
            try AccessiblePDF.complete(fileAt: input, language: "zh-CN", figureAlternativeTexts: alts) { _ in false }
        }
    }
}
