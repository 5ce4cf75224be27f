import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

/// Report text is never interpreted: not as Pango markup or SVG/XML in the
/// drawings, not as a formula in a spreadsheet.
@Suite struct TextThatLooksLikeCodeTests {
    static let title = "<b>粗体</b> & <span foreground=\"red\">红</span>"
    static let city = "=HYPERLINK(\"http://x\",\"点我\")"

    private func exported() throws -> URL {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let input = SDGBriefBinary.fixture("markup-and-formulas.yaml")
        let result = try SDGBriefBinary.run(["export", "-i", input, "-o", "out", "-q"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        return directory.appendingPathComponent("out")
    }

    @Test func spreadsheetCellsThatLookLikeFormulasAreNeutralised() throws {
        let cases = try String(contentsOf: try exported().appendingPathComponent("csv/cases.csv"), encoding: .utf8)
        #expect(cases.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\""))
        #expect(cases.contains("'+国 &amp; 国") && cases.contains("'@区域") && cases.contains("'-实践"))
        #expect(!cases.contains(",=HYPERLINK"))
    }

    @Test func svgCarriesTheTextEscapedAndStaysWellFormed() throws {
        let charts = try exported().appendingPathComponent("charts")
        for name in try FileManager.default.contentsOfDirectory(atPath: charts.path) where name.hasSuffix(".svg") {
            let data = try Data(contentsOf: charts.appendingPathComponent(name))
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(name) is not well-formed: \(String(describing: parser.parserError))")
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("<script>") && !text.contains("<b>"), "\(name) let markup through")
            #expect(text.contains("&lt;b&gt;粗体&lt;/b&gt; &amp; &lt;span"), "\(name) title is escaped")
        }
    }

    @Test func pdfAndTextShowTheMarkupLiterally() throws {
        let output = try exported()
        let brief = try String(contentsOf: output.appendingPathComponent("tricky-text.txt"), encoding: .utf8)
        #expect(brief.contains(Self.title) && brief.contains(Self.city))
        let pdftotext = Process()
        pdftotext.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        pdftotext.arguments = [output.appendingPathComponent("tricky-text.pdf").path, "-"]
        let pipe = Pipe()
        pdftotext.standardOutput = pipe
        try pdftotext.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        pdftotext.waitUntilExit()
        // Had the title gone through Pango markup, the tags would be gone and 红 would be red.
        #expect(text.contains("<b>粗体</b>"))
        #expect(text.contains("<script>alert(1)</script>"))
    }
}
