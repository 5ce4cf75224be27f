import Foundation
import SDGBriefCore
import SDGBriefPPTX
import SDGBriefTestSupport
import Testing

@Suite struct PPTXExporterTests {
    static let talkOrder = ["map", "awards", "sdg-coverage", "sdg-matrix", "key-figures", "timeline", "partners", "population"]

    /// Every chart slide holds one full-bleed picture whose PNG and SVG are
    /// the chart exporters' own files, described by the chart's alt text,
    /// with the title and alt text in the notes; in the order of a talk.
    func checkChartSlides(_ report: Report, _ options: ExportOptions) throws -> PresentationReader {
        let (files, charts) = try DeckFixture.chartFiles(report, options)
        let deck = try PresentationReader.read(try DeckFixture.deck(report, options), expected: files)
        let width = Int(options.chartSize.width) * 6350
        let height = Int(options.chartSize.height) * 6350
        #expect(deck.width == width && deck.height == height)
        #expect(deck.slides.count == charts.count + 2)
        let expectedOrder = Self.talkOrder.compactMap { id in charts.first { $0.id == id } }
        try #require(expectedOrder.count == charts.count)
        for (slide, chart) in zip(deck.slides.dropFirst(), expectedOrder) {
            try #require(slide.shapes.count == 1)
            let picture = slide.shapes[0]
            #expect(picture.kind.hasPrefix("PICTURE"))
            #expect(picture.name == chart.title)
            #expect(!chart.altText.isEmpty && picture.description == chart.altText)
            #expect(picture.left == 0 && picture.top == 0 && picture.width == width && picture.height == height)
            #expect(picture.imageType == "image/png" && picture.pngMatches == true)
            #expect(picture.svgType == "image/svg+xml" && picture.svgMatches == true)
            #expect(slide.notes.contains(chart.title) && slide.notes.contains(chart.altText))
        }
        return deck
    }

    @Test func bundledReportInChinese() throws {
        let report = try DeckFixture.bundled()
        let deck = try checkChartSlides(report, ExportOptions())
        #expect(deck.slides.count == 10)
        #expect(deck.title == "城市伙伴关系与可持续发展目标" && deck.language == "zh-CN")
        let opening = deck.slides[0].shapes.map(\.text).joined(separator: "\n")
        for text in ["城市伙伴关系与可持续发展目标", "创新的未来在于城市", "广州国际城市创新奖", "世界资源研究所罗斯可持续城市奖"] {
            #expect(opening.contains(text))
        }
        #expect(deck.slides[0].notes.contains(report.introduction[0].zh))
        let closing = try #require(deck.slides.last).shapes.map(\.text).joined(separator: "\n")
        for text in ["来源", "城市伙伴关系与可持续发展目标", "广州国际城市创新奖", "世界资源研究所罗斯可持续城市奖", "本演示文稿的所有图表均根据该报告的数据绘制"] {
            #expect(closing.contains(text))
        }
    }

    @Test(arguments: [(ChartSize.standard, ChartTheme.dark), (.square, .transparent)])
    func syntheticReportInEnglish(_ size: ChartSize, _ theme: ChartTheme) throws {
        let report = DeckFixture.synthetic()
        let deck = try checkChartSlides(report, ExportOptions(language: "en", chartSize: size, chartTheme: theme))
        #expect(deck.title == "City partnerships, synthesised" && deck.language == "en-US")
        // Each chart is named, on its picture and in its notes, as the English charts title it.
        let chartTitles = Set(BriefWords.english.chart.titles.values)
        for slide in deck.slides.dropFirst().dropLast() {
            #expect(slide.shapes.allSatisfy { chartTitles.contains($0.name) }, "\(slide.shapes.map(\.name))")
        }
        let opening = deck.slides[0].shapes.map(\.text).joined(separator: "\n")
        for text in ["City partnerships, synthesised", "A synthetic report of three cities", "Award number 1", "Awards"] {
            #expect(opening.contains(text))
        }
        let closing = try #require(deck.slides.last).shapes.map(\.text).joined(separator: "\n")
        #expect(closing.contains("Source") && closing.contains("Cases from") && closing.contains("Award number 1"))
        #expect(!closing.contains("来源"))
    }

    @Test func syntheticReportInChinese() throws {
        let report = DeckFixture.synthetic()
        let deck = try checkChartSlides(report, ExportOptions(language: "zh"))
        #expect(deck.title == report.title.zh)
        #expect(deck.slides[0].shapes.map(\.text).joined().contains("三个城市的合成报告"))
    }

    @Test func onlyTheChartsAskedFor() throws {
        let report = try DeckFixture.bundled()
        let deck = try checkChartSlides(report, ExportOptions(charts: ["population", "awards"]))
        #expect(deck.slides.count == 4)
    }

    @Test func refusesAChartTheReportLeavesEmptyAsTheChartExportersDo() throws {
        var report = DeckFixture.synthetic()
        for index in report.cases.indices { report.cases[index].milestones = [] }
        #expect(throws: ExportFailure.self) { try PPTXExporter().export(report, options: ExportOptions(charts: ["timeline"])) }
        let deck = try checkChartSlides(report, ExportOptions())
        #expect(!deck.slides.contains { $0.shapes.contains { $0.name.contains("时间线") } })
    }

    /// Type an audience reads from the back of the room: 18 pt and up, and
    /// every shape inside the slide, whatever the size and however long the title.
    @Test(arguments: ChartSize.allCases)
    func textSlidesStayLegibleAndOnTheSlide(_ size: ChartSize) throws {
        var report = DeckFixture.synthetic()
        report.title = LocalizedText(zh: String(repeating: "城市伙伴关系与可持续发展目标的长标题", count: 4))
        let deck = try PresentationReader.read(try DeckFixture.deck(report, ExportOptions(chartSize: size)))
        for slide in [deck.slides[0], deck.slides[deck.slides.count - 1]] {
            let sizes = slide.shapes.flatMap(\.runSizes)
            #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 18 * 12_700 })
            // Titles stay at least twice the floor, however long.
            #expect(sizes.max() ?? 0 >= 36 * 12_700)
            for shape in slide.shapes {
                #expect(shape.left >= 0 && shape.top >= 0)
                #expect(shape.left + shape.width <= deck.width && shape.top + shape.height <= deck.height)
            }
            let texts = slide.shapes.filter { !$0.text.isEmpty }.sorted { $0.top < $1.top }
            for (upper, lower) in zip(texts, texts.dropFirst()) {
                #expect(upper.top + upper.height <= lower.top, "\(upper.text) overlaps \(lower.text)")
            }
        }
    }

    /// LibreOffice Impress converts the deck: one page per slide at the
    /// slide's size, the text slides' words extractable, and each chart
    /// slide's picture drawn at full resolution. Impress 7.4 draws the PNG;
    /// PowerPoint 2016 and later the SVG.
    @Test(arguments: [("zh", ChartSize.widescreen, ChartTheme.light, false), ("en", .standard, .dark, true)])
    func impressConvertsEverySlide(_ language: String, _ size: ChartSize, _ theme: ChartTheme, _ synthetic: Bool) throws {
        let report = synthetic ? DeckFixture.synthetic() : try DeckFixture.bundled()
        let options = ExportOptions(language: language, chartSize: size, chartTheme: theme)
        let slides = try DeckFixture.chartFiles(report, options).charts.count + 2
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let deck = directory.appendingPathComponent("deck.pptx")
        try DeckFixture.deck(report, options).write(to: deck)
        let profile = directory.appendingPathComponent("profile")
        let conversion = try ExternalTool.run("soffice", [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless",
            "--convert-to", "pdf", "--outdir", directory.path, deck.path,
        ])
        let pdf = directory.appendingPathComponent("deck.pdf").path
        try #require(conversion.status == 0 && FileManager.default.fileExists(atPath: pdf), "\(conversion.errorText)")
        let info = try ExternalTool.run("pdfinfo", [pdf]).text
        #expect(info.range(of: #"Pages:\s+\#(slides)\n"#, options: .regularExpression) != nil, "\(info)")
        // A chart pixel is half a point: 1920 × 1080 px is a 960 × 540 pt page.
        let pageSize = #"Page size:\s+\#(Int(size.width / 2))(\.0\d*)? x \#(Int(size.height / 2))(\.0\d*)? pts"#
        #expect(info.range(of: pageSize, options: .regularExpression) != nil, "\(info)")
        let first = try ExternalTool.run("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).text
        // Impress breaks a long title into lines, and pdftotext the lines apart.
        func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        #expect(squeezed(first).contains(squeezed(report.title.text(in: language))))
        let last = try ExternalTool.run("pdftotext", ["-f", "\(slides)", "-l", "\(slides)", pdf, "-"]).text
        #expect(last.contains(language == "en" ? "Source" : "来源"))
        // pdfimages -list: page, num, type, width, height, …
        let listing = try ExternalTool.run("pdfimages", ["-list", pdf]).text
        let rows: [[String]] = listing.split(separator: "\n").dropFirst(2).map { line in
            line.split(separator: " ").map(String.init)
        }
        let images = rows.filter { $0.count > 4 && $0[2] == "image" }
        let pages: Set<Int> = Set(images.compactMap { Int($0[0]) })
        #expect(pages == Set(2..<slides))
        let pixels = "\(Int(size.width * options.pngScale))x\(Int(size.height * options.pngScale))"
        #expect(images.allSatisfy { "\($0[3])x\($0[4])" == pixels })
    }

    @Test func sameBytesOnASecondExport() throws {
        let report = try DeckFixture.bundled()
        let options = ExportOptions(chartTheme: .dark, charts: ["awards", "timeline"])
        #expect(try DeckFixture.deck(report, options) == DeckFixture.deck(report, options))
    }

    @Test func datedOnlyFromTheExportDate() throws {
        let report = DeckFixture.synthetic()
        let undated = try PresentationReader.read(try DeckFixture.deck(report, ExportOptions(charts: ["awards"])))
        #expect(undated.created == nil)
        let date = Date(timeIntervalSince1970: 1_714_566_896)
        let dated = try PresentationReader.read(try DeckFixture.deck(report, ExportOptions(date: date, charts: ["awards"])))
        #expect(dated.created == "2024-05-01T12:34:56")
    }

    @Test func namedAfterTheReport() throws {
        let artifacts = try PPTXExporter().export(DeckFixture.synthetic(), options: ExportOptions(charts: ["awards"]))
        #expect(artifacts.map(\.path) == ["\(DeckFixture.synthetic().id).pptx"])
    }
}
