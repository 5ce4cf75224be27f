import Foundation
import SDGBriefTestSupport
import Testing

/// Cairo's debugging switch `CAIRO_DEBUG_PDF` makes it write page content
/// uncompressed; the tagging pass then decodes it through qpdf instead of
/// inflating it on its helpers. The brief must come out just as complete.
@Suite struct UncompressedContentTests {
    @Test func aBriefFromUncompressedContentIsMarkedAndCompressed() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try SDGBriefBinary.run(["export", "-o", "out", "-f", "pdf"], in: directory,
                                            environment: ["CAIRO_DEBUG_PDF": "1"])
        try #require(result.status == 0, "\(result.standardError)")
        let pdf = directory.appendingPathComponent("out/city-partnerships-sdgs.pdf").path
        let check = try ExternalTool.run("qpdf", ["--check", pdf])
        #expect(check.status == 0, "\(check.text)\(check.errorText)")

        let tree = try StructureTree.read(path: pdf)
        #expect(tree.pageCount > 10)
        #expect(tree.untaggedPainting == 0)
        #expect(tree.artifacts > tree.pageCount)
        #expect(tree.danglingMarkedContent == 0)
        #expect(!tree.elements(["Figure"]).isEmpty)
        #expect(tree.elements(["Figure"]).allSatisfy { !($0.alt ?? "").isEmpty })

        // The switch took: streams cairo writes besides the pages' content
        // stay uncompressed, while every page's content comes out compressed
        // by the pass. (Without the switch, only the XMP packet is.)
        let script = """
        import sys, pikepdf
        pdf = pikepdf.open(sys.argv[1])
        pages = sum(1 for page in pdf.pages if page.obj.Contents.get("/Filter") == pikepdf.Name("/FlateDecode"))
        plain = sum(1 for obj in pdf.objects if isinstance(obj, pikepdf.Stream)
                    and "/Filter" not in obj and obj.get("/Type") != pikepdf.Name("/Metadata"))
        print(len(pdf.pages), pages, plain)
        """
        let counts = try ExternalTool.run("/usr/bin/python3", ["-c", script, pdf])
        try #require(counts.status == 0, "\(counts.errorText)")
        let numbers = counts.text.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(numbers.count == 3, "\(counts.text)")
        #expect(numbers[0] == tree.pageCount)
        #expect(numbers[1] == numbers[0])
        #expect(numbers[2] > 0)
    }
}
