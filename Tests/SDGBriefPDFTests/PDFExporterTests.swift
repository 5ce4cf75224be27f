import Foundation
import SDGBriefTestSupport
import SDGBriefCore
import SDGBriefGraphics
@testable import SDGBriefPDF
import Testing

/// The brief as its readers' programs see it: poppler, qpdf, fontTools.
@Suite struct PDFExporterTests {
    private func withBrief<T>(_ report: Report, options: ExportOptions = ExportOptions(date: BriefFixture.fixedDate), _ body: (String) throws -> T) throws -> T {
        let (directory, path) = try BriefFixture.write(try BriefFixture.pdf(report, options: options))
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(path)
    }

    /// Page sizes of every page, as `pdfinfo` prints them (“595.276 x 841.89”).
    private func pageSizes(_ path: String) throws -> [String] {
        let info = try ExternalTool.run("pdfinfo", ["-f", "1", "-l", "9999", path]).text
        return info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains("size:") }.map {
            $0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces).components(separatedBy: " pts")[0]
        }
    }

    private func pageText(_ path: String, page: Int) throws -> String {
        NumberGlue.unglue(try ExternalTool.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", path, "-"]).text)
    }

    @Test func bundledBriefIsA4WithAtLeastAPagePerCase() throws {
        let report = try BriefFixture.bundled()
        try withBrief(report) { path in
            let sizes = try pageSizes(path)
            // Cover, contents, introduction, cases, conclusions.
            #expect(sizes.count >= 3 + report.cases.count + 1)
            #expect(Set(sizes) == ["595.276 x 841.89"])
            #expect(report.cases.map { $0.id }.count == 8)
        }
    }

    @Test func letterPaperGivesUSLetterPages() throws {
        try withBrief(try BriefFixture.bundled(), options: ExportOptions(paper: .letter)) { path in
            let sizes = try pageSizes(path)
            #expect(Set(sizes) == ["612 x 792"])
        }
    }

    @Test func outlineHasTheSectionsWithCasesNestedUnderOneParent() throws {
        let report = try BriefFixture.bundled()
        try withBrief(report) { path in
            let outlines = try QPDFDocument(path: path).outlines
            #expect(outlines.map(\.title) == ["封面", "目录", "引言", "城市案例", "图表", "结论与建议"])
            let cases = try #require(outlines.first { $0.title == "城市案例" })
            #expect(cases.kids.count == report.cases.count)
            for (kid, item) in zip(cases.kids, report.cases) {
                #expect(kid.title.contains(item.city.zh) && kid.title.contains(item.practice.zh))
                let text = try pageText(path, page: kid.page)
                #expect(text.contains(item.practice.zh), "bookmark “\(kid.title)” opens page \(kid.page)")
            }
            #expect(cases.page == cases.kids.first?.page)
            let labels = try QPDFDocument(path: path).pageLabels
            #expect(!labels.isEmpty)
        }
    }

    /// Each contents line links to the page whose text starts that section or case.
    @Test(arguments: [3, 8, 30])
    func contentsLinksLeadToThePagesTheirEntriesStartOn(caseCount: Int) throws {
        let report = try BriefFixture.report(caseCount: caseCount)
        try withBrief(report) { path in
            let document = try QPDFDocument(path: path)
            let destinations = document.destinations
            let contentsPages = Set(try (2 ... 4).filter { try pageText(path, page: $0).contains("目录") })
            let links = document.links.filter { contentsPages.contains($0.page) }
            let caseLinks = links.filter { $0.destination.hasPrefix("case-") }
            #expect(caseLinks.count == report.cases.count)
            for item in report.cases {
                let link = try #require(caseLinks.first { $0.destination == "case-\(item.id)" })
                let page = try #require(destinations[link.destination])
                let text = try pageText(path, page: page)
                #expect(text.contains(item.city.zh) && text.contains(item.practice.zh), "“\(item.city.zh)” links to page \(page)")
                #expect(try !pageText(path, page: page - 1).contains("案例 " + String(format: "%02d", report.cases.firstIndex(of: item)! + 1) + " "))
            }
            for (name, title) in [("introduction", "引言"), ("conclusions", "结论与建议"), ("charts", "图表")] {
                let link = try #require(links.first { $0.destination == name })
                let page = try #require(destinations[link.destination])
                #expect(try pageText(path, page: page).contains(title))
            }
            if caseCount == 30 {
                // Thirty cases do not fit one contents page: the list flows on.
                #expect(contentsPages.count == 2)
                #expect(Set(links.map(\.page)) == contentsPages)
            } else {
                #expect(contentsPages == [2])
            }
        }
    }

    @Test func everyCityPracticeAndConclusionTitleIsInTheText() throws {
        let report = try BriefFixture.bundled()
        try withBrief(report) { path in
            let text = NumberGlue.unglue(try ExternalTool.run("pdftotext", [path, "-"]).text)
            for item in report.cases {
                #expect(text.contains(item.city.zh))
                #expect(text.contains(item.practice.zh))
            }
            for conclusion in report.conclusions {
                #expect(text.contains(conclusion.title.zh))
            }
            // Figures read whole, never broken at a line end.
            #expect(text.contains("312,369人"))
            #expect(text.contains("1070万"))
        }
    }

    /// Every word poppler finds lies in the print area: the text block with
    /// the header band above it and the footer band below it.
    @Test(arguments: [PaperSize.a4, .letter])
    func noWordLiesOutsideThePrintArea(paper: PaperSize) throws {
        let area = PageGeometry(paper: paper).printArea.insetBy(dx: -0.5, dy: -0.5)
        try withBrief(try BriefFixture.bundled(), options: ExportOptions(paper: paper)) { path in
            let words = try PDFWord.read(path)
            #expect(words.count > 1000)
            for word in words {
                let inside = word.xMin >= area.minX && word.xMax <= area.maxX && word.yMin >= area.minY && word.yMax <= area.maxY
                #expect(inside, "page \(word.page): “\(word.text)” at \(word.xMin),\(word.yMin)–\(word.xMax),\(word.yMax)")
            }
        }
    }

    @Test func fontsAreEmbeddedAndSubset() throws {
        try withBrief(try BriefFixture.bundled()) { path in
            let fonts = try ExternalTool.run("pdffonts", [path])
            try #require(fonts.status == 0)
            let rows = fonts.text.split(separator: "\n").dropFirst(2)
            #expect(rows.contains { $0.contains("WenQuanYiMicroHei") && $0.contains("CID TrueType") })
            for row in rows {
                let flags = row.split(separator: " ").suffix(5).prefix(3)
                #expect(Array(flags) == ["yes", "yes", "yes"], "\(row)")
            }
        }
    }

    /// fontTools decodes each embedded font program: every character the
    /// brief prints has a glyph with an outline.
    @Test func everyGlyphTheBriefUsesHasAnOutline() throws {
        try withBrief(try BriefFixture.bundled()) { path in
            let audit = try EmbeddedFontAudit.run(path)
            #expect(audit.fonts >= 1)
            #expect(audit.glyphs > 500)
            #expect(audit.blankWithoutOutline > 0, "the audit should see the empty ideographic space")
            #expect(audit.empty.isEmpty, "\(audit.empty.map { "\($0.text) in \($0.font)" })")
        }
    }

    /// The English edition: Noto Sans embedded as TrueType beside the
    /// Chinese face, every glyph with an outline, and no Chinese printed
    /// but in the quotes the figures keep.
    @Test func englishEditionEmbedsTheLatinFaceWithEveryOutline() throws {
        let report = try BriefFixture.englishReport(caseCount: 8)
        try withBrief(report, options: ExportOptions(date: BriefFixture.fixedDate, language: "en")) { path in
            let fonts = try ExternalTool.run("pdffonts", [path]).text
            #expect(fonts.contains("NotoSans-Regular") && fonts.contains("NotoSans-Bold"), "\(fonts)")
            let rows = fonts.split(separator: "\n").dropFirst(2).filter { $0.contains("NotoSans") }
            #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("TrueType") }, "\(rows)")
            let audit = try EmbeddedFontAudit.run(path)
            #expect(audit.glyphs > 50)
            #expect(audit.empty.isEmpty, "\(audit.empty.map { "\($0.text) in \($0.font)" })")
            let outlines = try QPDFDocument(path: path).outlines
            #expect(outlines.map(\.title) == ["Cover", "Contents", "Introduction", "City cases", "Charts", "Conclusions and recommendations"])
            let text = try ExternalTool.run("pdftotext", [path, "-"]).text
            #expect(text.contains("Page 3 of "))
            let quotes = Set(report.figures.map(\.quote) + report.cases.flatMap { $0.figures.map(\.quote) })
            let chinese = text.split(separator: "\n").map(String.init).filter { line in
                line.unicodeScalars.contains { $0.properties.isIdeographic } && !quotes.contains { line.contains($0) }
            }
            #expect(chinese.isEmpty, "\(chinese.prefix(5))")
        }
    }

    /// Lines of English prose are set ragged-right: no gap between two words
    /// on a line is wider than twice the brief's usual word space.
    @Test func englishProseNeverStretchesItsWordSpaces() throws {
        try withBrief(try BriefFixture.englishReport(caseCount: 3), options: ExportOptions(language: "en")) { path in
            let words = try PDFWord.read(path).filter { $0.yMax - $0.yMin < 14 }
            let lines = Dictionary(grouping: words) { "\($0.page) \(($0.yMin * 2).rounded())" }
            var gaps: [Double] = []
            var widest: [(gap: Double, line: String)] = []
            for line in lines.values where line.count >= 6 {
                let sorted = line.sorted { $0.xMin < $1.xMin }
                // A goal's number beside its name in a chart or badge is a column, not a word space.
                for (left, right) in zip(sorted, sorted.dropFirst()) where !left.text.allSatisfy(\.isNumber) && !right.text.allSatisfy(\.isNumber) {
                    let gap = right.xMin - left.xMax
                    gaps.append(gap)
                    widest.append((gap, sorted.map(\.text).joined(separator: " ")))
                }
            }
            let normal = try #require(gaps.sorted().dropFirst(gaps.count / 2).first)
            #expect(gaps.count > 200)
            // Columns of a table (a year and its event) are not word spaces: only gaps inside a run of prose count.
            let stretched = widest.filter { $0.gap > 2 * normal && $0.gap < 12 }
            #expect(stretched.isEmpty, "word space \(normal): \(stretched.prefix(3))")
        }
    }

    /// The machine-checkable part of PDF/UA-1 (the pdfua checker's rules:
    /// structure, artifacts, language, alt text, table headers, link
    /// descriptions, title, XMP identification) finds nothing in either
    /// edition, of the bundled report or of thirty cases.
    @Test(arguments: ["zh", "en"], [0, 30])
    func thePDFUACheckerFindsNothing(language: String, caseCount: Int) throws {
        let report = caseCount == 0 ? try BriefFixture.bundled()
            : language == "en" ? try BriefFixture.englishReport(caseCount: caseCount) : try BriefFixture.report(caseCount: caseCount)
        try withBrief(report, options: ExportOptions(date: BriefFixture.fixedDate, language: language)) { path in
            let findings = try PDFUAChecker.findings(path: path)
            #expect(findings.isEmpty, "\(findings.count) findings: \(findings.prefix(5))")
            // What the checker read is the brief: tagged, in its language, with links and tables.
            let tree = try StructureTree.read(path: path)
            #expect(tree.lang == PDFExporter.documentLanguage(language))
            #expect(!tree.elements(["Link"]).isEmpty && !tree.elements(["TH"]).isEmpty)
        }
    }

    /// The XMP packet names the brief's title and language as the document
    /// information does, with its date only when one is given.
    @Test func xmpMetadataRepeatsTheBriefsInformation() throws {
        let report = try BriefFixture.bundled()
        try withBrief(report, options: ExportOptions(date: BriefFixture.fixedDate, language: "en")) { path in
            let xmp = try XMPPacket.read(path: path)
            #expect(xmp.value("dc:title") == "City Partnerships and the Sustainable Development Goals")
            #expect(xmp.value("dc:title") == xmp.info["Title"])
            #expect(xmp.properties["dc:language"] == ["en"])
            #expect(xmp.value("xmp:CreateDate") == "2024-06-01T12:00:00Z" && xmp.info["CreationDate"] == "D:20240601120000Z")
            #expect(xmp.value("xmp:CreatorTool") == xmp.info["Creator"] && xmp.value("pdf:Producer") == xmp.info["Producer"])
            #expect(xmp.value("pdfuaid:part") == "1")
        }
        try withBrief(report, options: ExportOptions(date: nil)) { path in
            let xmp = try XMPPacket.read(path: path)
            #expect(xmp.value("dc:title") == "城市伙伴关系与可持续发展目标")
            #expect(xmp.properties["dc:language"] == ["zh-CN"])
            #expect(xmp.value("xmp:CreateDate") == nil && xmp.value("xmp:ModifyDate") == nil)
        }
    }

    @Test func qpdfFindsNoDamage() throws {
        for count in [3, 30] {
            try withBrief(try BriefFixture.report(caseCount: count)) { path in
                let check = try ExternalTool.run("qpdf", ["--check", path])
                #expect(check.status == 0, "\(check.text)\(check.errorText)")
            }
        }
    }

    @Test func sameDateGivesTheSameBytes() throws {
        let report = try BriefFixture.bundled()
        let options = ExportOptions(date: BriefFixture.fixedDate)
        #expect(try BriefFixture.pdf(report, options: options) == BriefFixture.pdf(report, options: options))
        #expect(try BriefFixture.pdf(report) == BriefFixture.pdf(report))
    }

    /// Text the font cannot draw, in any field the brief prints, is refused
    /// before any page is drawn, naming each character once: every field
    /// below gets an emoji of its own, and the first field's twice.
    @Test func refusesCharactersTheFontCannotDraw() throws {
        var report = try BriefFixture.report(caseCount: 3)
        var next: UInt32 = 0x1F600
        func mark(_ text: String) -> String {
            defer { next += 1 }
            return text + String(Unicode.Scalar(next)!)
        }
        func mark(_ text: inout LocalizedText) { text = LocalizedText(zh: mark(text.zh)) }
        mark(&report.title)
        report.subtitle = LocalizedText(zh: mark("副标题"))
        report.publisher = LocalizedText(zh: mark("出版者"))
        mark(&report.awards[0].name)
        mark(&report.introduction[0])
        mark(&report.figures[0].label)
        mark(&report.cases[1].city)
        mark(&report.cases[1].country)
        mark(&report.cases[1].region)
        mark(&report.cases[1].practice)
        mark(&report.cases[1].partnership)
        mark(&report.cases[1].narrative[0])
        mark(&report.cases[1].figures[0].label)
        mark(&report.cases[2].milestones[0].event)
        mark(&report.cases[2].partners[0].name)
        report.conclusionsPreamble = [LocalizedText(zh: mark("前言"))]
        mark(&report.conclusions[0].title)
        mark(&report.conclusions[0].text)
        report.closing = [LocalizedText(zh: mark("结语") + "😀")]
        let expected = (0x1F600 ..< next).map { "“\(Unicode.Scalar($0)!)” (U+\(String($0, radix: 16, uppercase: true)))" }
        #expect(expected.count == 19)
        #expect {
            _ = try PDFExporter().export(report, options: ExportOptions())
        } throws: { error in
            guard let failure = error as? ExportFailure else { return false }
            return failure.kind == .unusableInput
                && failure.message == "The brief's font cannot draw \(expected.joined(separator: ", "))."
        }
    }

    /// The first pass shares its parts among threads; the brief must not change.
    @Test func planningOnSeveralThreadsGivesTheSameBytes() throws {
        let report = try BriefFixture.report(caseCount: 30)
        let options = ExportOptions(date: BriefFixture.fixedDate)
        let alone = try PDFExporter(planningThreads: 1).export(report, options: options)[0].contents
        let shared = try PDFExporter(planningThreads: 3).export(report, options: options)[0].contents
        #expect(alone == shared)
    }

    /// Metadata dates change with the date and nothing else does (the cover
    /// prints only the month, the same for both dates here).
    @Test func anotherDateChangesOnlyTheDates() throws {
        let report = try BriefFixture.bundled()
        let first = try BriefFixture.pdf(report, options: ExportOptions(date: BriefFixture.fixedDate))
        let second = try BriefFixture.pdf(report, options: ExportOptions(date: BriefFixture.fixedDate.addingTimeInterval(86_400)))
        #expect(first != second)
        func masked(_ data: Data) -> String {
            String(decoding: data, as: UTF8.self)
                .replacingOccurrences(of: "20240601120000Z", with: "DATE")
                .replacingOccurrences(of: "20240602120000Z", with: "DATE")
                // The XMP packet's dates.
                .replacingOccurrences(of: "2024-06-01T12:00:00Z", with: "DATE")
                .replacingOccurrences(of: "2024-06-02T12:00:00Z", with: "DATE")
                // The file identifier is a hash of the content, dates included.
                .replacingOccurrences(of: #"/ID \[ ?<[0-9a-f]+> ?<[0-9a-f]+> ?\]"#, with: "/ID", options: .regularExpression)
        }
        #expect(masked(first) == masked(second))

        try withBrief(report, options: ExportOptions(date: nil)) { path in
            let info = try ExternalTool.run("pdfinfo", [path]).text
            #expect(!info.contains("CreationDate") && !info.contains("ModDate"))
        }
        try withBrief(report) { path in
            let info = try ExternalTool.run("pdfinfo", [path]).text
            #expect(info.contains("CreationDate") && info.contains("2024"))
            #expect(info.contains("Title:           城市伙伴关系与可持续发展目标"))
            #expect(info.contains("Creator:         sdgbrief "))
            #expect(info.contains("Keywords:") && info.contains("SDG") && info.contains("米兰"))
        }
    }

    @Test(arguments: [3, 30])
    func briefPagesScaleWithTheNumberOfCases(caseCount: Int) throws {
        let report = try BriefFixture.report(caseCount: caseCount)
        try withBrief(report) { path in
            let pages = try pageSizes(path).count
            #expect(pages >= 4 + caseCount)
            let text = NumberGlue.unglue(try ExternalTool.run("pdftotext", [path, "-"]).text)
            #expect(text.contains("第 \(pages) 页 / 共 \(pages) 页"))
            for item in report.cases { #expect(text.contains(item.city.zh)) }
        }
    }
}
