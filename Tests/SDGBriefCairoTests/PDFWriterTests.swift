import Foundation
import SDGBriefTestSupport
import SDGBriefCairo
import SDGBriefGraphics
import Testing

@Suite struct PDFWriterTests {
    static let a4 = Size(width: 595.276, height: 841.89)
    static let fixedDate = Date(timeIntervalSince1970: 1_717_243_200) // 2024-06-01 12:00 UTC
    static let paragraph = "城市之间的伙伴关系通过分享经验、技术与资金，推动可持续发展目标在地方层面落实。"
    /// The goals' names as the brief prints them, plus the figures and
    /// punctuation around them: the glyphs a real subset holds.
    static let corpus = "无贫穷零饥饿良好健康与福祉优质教育性别平等清洁饮水和卫生设施经济适用的清洁能源体面工作和经济增长产业、创新和基础设施减少不平等可持续城市和社区负责任消费和生产气候行动水下生物陆地生物和平、正义与强大机构促进目标实现的伙伴关系" + "SDG0123456789%（）“”：；，。…—abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

    let engine: TextEngine
    let measurer: PangoTextMeasurer

    init() throws {
        engine = try TextEngine()
        measurer = PangoTextMeasurer(engine: engine)
    }

    private func brief(date: Date?) throws -> Data {
        let metadata = PDFMetadata(title: "城市伙伴关系简报", author: "示例城市", subject: "SDG", keywords: ["SDG 11", "伙伴关系"],
                                   creator: "sdgbrief", creationDate: date, modificationDate: date)
        let pdf = try PDFWriter(pageSize: Self.a4, metadata: metadata, engine: engine)
        try pdf.beginPage(label: "封面")
        try pdf.draw(Drawing(size: Self.a4, marks: [
            .destination(NamedDestination("cover", at: .zero)),
            .text(TextRun("城市伙伴关系简报", style: TextStyle(size: 24, weight: .bold), origin: Point(x: 56, y: 56), measuredBy: measurer)),
            .link(LinkArea(Rect(x: 56, y: 100, width: 200, height: 14), to: .destination("goals"))),
            .link(LinkArea(Rect(x: 56, y: 120, width: 200, height: 14), to: .uri("https://sdgs.un.org/goals?lang=zh&x='1'"))),
        ]))
        try pdf.endPage()
        try pdf.beginPage(label: "1")
        try pdf.draw([
            .destination(NamedDestination("goals", at: Point(x: 0, y: 40))),
            .text(TextRun(Self.paragraph, style: TextStyle(size: 10, alignment: .justify, lineHeight: 1.6, maxWidth: 200), origin: Point(x: 56, y: 56), measuredBy: measurer)),
        ])
        try pdf.endPage()
        let cover = try pdf.addOutline("封面", destination: "cover", isOpen: true)
        try pdf.addOutline("目标", destination: "goals", parent: cover)
        return try pdf.finish()
    }

    private func write(_ data: Data, to directory: URL, _ name: String = "brief.pdf") throws -> String {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test func qpdfFindsNoDamageInAPDFWithLinksAndOutline() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try write(try brief(date: Self.fixedDate), to: directory)
        let check = try ExternalTool.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.text)\(check.errorText)")

        let json = try ExternalTool.run("qpdf", ["--json", "--json-key=outlines", "--json-key=pagelabels", path])
        let object = try #require(try JSONSerialization.jsonObject(with: json.output) as? [String: Any])
        let outlines = try #require(object["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String } == ["封面"])
        #expect(outlines.first?["destpageposfrom1"] as? Int == 1)
        let kids = try #require(outlines.first?["kids"] as? [[String: Any]])
        #expect(kids.map { $0["title"] as? String } == ["目标"])
        #expect(kids.first?["destpageposfrom1"] as? Int == 2)
        let labels = try #require(object["pagelabels"] as? [[String: Any]])
        #expect(labels.count == 2)
    }

    @Test func linksPointAtTheirTargets() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try write(try brief(date: Self.fixedDate), to: directory)
        let show = try ExternalTool.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"])
        let text = String(decoding: show.output, as: UTF8.self)
        #expect(text.contains("/URI (https://sdgs.un.org/goals?lang=zh&x='1')"))
        #expect(text.contains("/Dest (goals)"))
    }

    @Test func fontIsEmbeddedSubsetAndTrueType() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fonts = try ExternalTool.run("pdffonts", [try write(try brief(date: Self.fixedDate), to: directory)])
        try #require(fonts.status == 0)
        let rows = fonts.text.split(separator: "\n").dropFirst(2)
        #expect(rows.contains { $0.contains("WenQuanYiMicroHei") && $0.contains("CID TrueType") })
        for row in rows {
            // Columns: emb, sub, uni, then the object id.
            let flags = row.split(separator: " ").suffix(5).prefix(3)
            #expect(Array(flags) == ["yes", "yes", "yes"], "\(row)")
        }
    }

    @Test func textExtractionFindsTheChineseText() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let extracted = try ExternalTool.run("pdftotext", [try write(try brief(date: Self.fixedDate), to: directory), "-"])
        let text = extracted.text.filter { !$0.isWhitespace }
        #expect(text.contains("城市伙伴关系简报"))
        #expect(text.contains(Self.paragraph))
    }

    @Test func metadataIsReadableAndDatesAreThoseGiven() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let info = try ExternalTool.run("pdfinfo", ["-isodates", try write(try brief(date: Self.fixedDate), to: directory)])
        let lines = Set(info.text.split(separator: "\n").map { $0.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) } }.map { $0.joined(separator: "=") })
        #expect(lines.isSuperset(of: [
            "Title=城市伙伴关系简报", "Author=示例城市", "Subject=SDG", "Keywords=SDG 11, 伙伴关系", "Creator=sdgbrief",
            "CreationDate=2024-06-01T12:00:00Z", "ModDate=2024-06-01T12:00:00Z", "Pages=2", "Tagged=yes",
        ]), "\(info.text)")
    }

    @Test func sameInputGivesTheSameBytes() throws {
        #expect(try brief(date: Self.fixedDate) == brief(date: Self.fixedDate))
        let undated = try brief(date: nil)
        #expect(undated == (try brief(date: nil)))

        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let info = try ExternalTool.run("pdfinfo", [try write(undated, to: directory)])
        #expect(!info.text.contains("CreationDate"))
        #expect(!info.text.contains("ModDate"))
    }

    /// Every character is drawn alone in a grid, regular and bold, then the
    /// page is rasterised by poppler: a glyph whose outline was lost in
    /// embedding leaves its box blank, as a reader would see it.
    @Test func everyGlyphInThePDFHasAnOutline() throws {
        let characters = Array(Set(Self.corpus.filter { !$0.isWhitespace })).sorted()
        var runs: [TextRun] = []
        for (index, character) in characters.enumerated() {
            for (half, weight) in [(0, FontWeight.regular), (1, FontWeight.bold)] {
                let origin = Point(x: 40 + Double(index % 20) * 26, y: 40 + Double(index / 20) * 26 + Double(half) * 390)
                runs.append(TextRun(String(character), style: TextStyle(size: 16, weight: weight), origin: origin, measuredBy: measurer))
            }
        }
        try #require(runs.allSatisfy { Rect(origin: .zero, size: Self.a4).contains($0.extent) })

        let pdf = try PDFWriter(pageSize: Self.a4, engine: engine)
        try pdf.beginPage()
        try pdf.draw(runs.map(Mark.text))
        try pdf.endPage()
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try write(try pdf.finish(), to: directory)

        let raster = try ExternalTool.run("pdftoppm", ["-gray", "-r", "144", "-singlefile", path])
        try #require(raster.status == 0, "\(raster.errorText)")
        let page = try #require(GrayImage(pgm: raster.output))
        let scale = 144.0 / 72
        for run in runs {
            let box = run.inkExtent.scaled(by: scale).insetBy(dx: -1, dy: -1)
            let ink = page.darkPixels(x: Int(box.minX), y: Int(box.minY), width: Int(box.width.rounded(.up)), height: Int(box.height.rounded(.up)))
            #expect(ink > 0, "“\(run.text)” (\(run.style.weight)) has no ink in the PDF")
        }

        let extracted = try ExternalTool.run("pdftotext", [path, "-"]).text
        #expect(characters.allSatisfy { extracted.contains($0) })
    }

    @Test func drawingOutsideAPageOrAfterFinishingIsAnError() throws {
        let pdf = try PDFWriter(pageSize: Self.a4, engine: engine)
        #expect(throws: RenderError.self) { try pdf.draw([]) }
        #expect(throws: RenderError.self) { try pdf.endPage() }
        #expect(throws: RenderError.self) { _ = try pdf.finish() }
        try pdf.beginPage()
        #expect(throws: RenderError.self) { try pdf.beginPage() }
        #expect(throws: RenderError.self) { _ = try pdf.finish() }
        try pdf.endPage()
        _ = try pdf.finish()
        #expect(throws: RenderError.self) { try pdf.beginPage() }
    }

    @Test func textTheFontCannotDrawIsAnErrorInPDFsToo() throws {
        let pdf = try PDFWriter(pageSize: Self.a4, engine: engine)
        try pdf.beginPage()
        #expect {
            try pdf.draw([.text(TextRun("合作 \u{1D11E}", style: TextStyle(size: 10), origin: .zero, measuredBy: measurer))])
        } throws: { error in
            (error as? RenderError)?.description.contains("(U+1D11E)") == true
        }
    }

    @Test func boldTextCarriesMoreInkInThePDF() throws {
        func ink(_ weight: FontWeight) throws -> Int {
            let pdf = try PDFWriter(pageSize: Size(width: 300, height: 60), engine: engine)
            try pdf.beginPage()
            try pdf.draw([.text(TextRun("伙伴关系 Bold 17", style: TextStyle(size: 24, weight: weight), origin: Point(x: 10, y: 10), measuredBy: measurer))])
            try pdf.endPage()
            let directory = try ExternalTool.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let raster = try ExternalTool.run("pdftoppm", ["-gray", "-r", "144", "-singlefile", try write(try pdf.finish(), to: directory)])
            let page = try #require(GrayImage(pgm: raster.output))
            return page.darkPixels(x: 0, y: 0, width: page.width, height: page.height)
        }
        #expect(Double(try ink(.bold)) > 1.15 * Double(try ink(.regular)))
    }
}
