@testable import SDGBriefCairo
import SDGBriefSynth
import Testing

/// Structure elements read for their role and element kids as the PDF
/// tagging pass reads them, held against qpdf's parser.
@Suite struct StructureElementReadingTests {
    private func read(_ body: String, _ reading: PDFTaggingReading = .asThePass) -> (role: String, kids: [[Int]])? {
        reading.structureElement(Array(body.utf8))
    }

    @Test func readsAnElementAsCairoStoresIt() throws {
        let body = """

        << /Type /StructElem
           /S /P
           /P 6770 0 R
           /K [ 4 0 R << /Type /MCR /Pg 12 0 R /MCID 3 >> 5 2 R 7 << /Type /OBJR /Obj 9 0 R >> [ 8 0 R ] ]
        >>

        """
        let element = try #require(read(body))
        #expect(element.role == "/P")
        #expect(element.kids == [[4, 0], [5, 2]])
    }

    @Test func takesKidsInEveryFormTheyCome() throws {
        #expect(read("<< /S /Link /K 12 0 R >>")?.kids == [[12, 0]])
        #expect(read("<< /S /Span /K 3 >>")?.kids == [])
        #expect(read("<< /S /Span /K << /Type /MCR /MCID 3 /Pg 4 0 R >> >>")?.kids == [])
        #expect(read("<< /K [ 2 0 R 1 0 R ] /S /L >>").map { $0.role } == "/L")
        #expect(read("<< /S /Div >>")?.kids == [])
    }

    @Test func leavesToQPDFWhatItDoesNotRead() {
        for body in [
            "<< /S /Fig#75re /K 3 >>",
            "<< /#53 /P >>",
            "<< /S /P /S /H1 >>",
            "<< /S /P /K 1 0 R /K 2 0 R >>",
            "<< /K 3 >>",
            "[ /S /P ]",
            "<< /S /P >> trailing",
            "<< /S /P /K [ 1 0 R",
            "<< /S /P /T (open >>",
            "<< /S /P /K +4 0 R >>",
            "<< /S /P /K 0 0 R >>",
            "<< /S /P /A\u{0}1 >>",
            "<< /S /P >> % a comment after the object, which qpdf refuses",
            "<< /S /P /A 1234567890123456789012 >>",
            "<< /S /P /A << /O /x#00y >> >>",
        ] {
            #expect(read(body) == nil, "\(body)")
        }
    }

    /// Elements of cairo's shape with random kids, attributes and spacing:
    /// the pass reads every one, and as qpdf's parser does.
    @Test func agreesWithQPDFOnGeneratedElements() throws {
        var random = SplitMix64(seed: 18)
        let roles = ["/Document", "/Sect", "/H1", "/P", "/L", "/LI", "/Lbl", "/LBody", "/Table", "/TR", "/TD", "/Span"]
        let spaces = [" ", "\n   ", "\r\n", "  ", "\n"]
        // Comments may stand between the entries, not after the object.
        let inner = spaces + ["\n% a note\n", " %\r"]
        for _ in 0 ..< 300 {
            var kids: [String] = []
            for _ in 0 ..< random.int(in: 0 ... 12) {
                switch random.int(in: 0 ... 4) {
                case 0: kids.append("<< /Type /MCR /Pg \(random.int(in: 1 ... 999)) 0 R /MCID \(random.int(in: 0 ... 99)) >>")
                case 1: kids.append("<< /Type /OBJR /Obj \(random.int(in: 1 ... 999)) 0 R >>")
                case 2: kids.append(String(random.int(in: 0 ... 99)))
                default: kids.append("\(random.int(in: 1 ... 99_999)) \(random.int(in: 0 ... 2)) R")
                }
            }
            var entries = [
                "/Type /StructElem", "/S \(random.pick(roles))", "/P \(random.int(in: 1 ... 9999)) 0 R",
                "/K [ \(kids.joined(separator: random.pick(spaces))) ]",
            ]
            if random.int(in: 0 ... 2) == 0 { entries.append("/T (a title (with parentheses) \\) here)") }
            if random.int(in: 0 ... 2) == 0 { entries.append("/A << /O /Layout /BBox [ 0 0 595.276 -841.89 ] >>") }
            if random.int(in: 0 ... 3) == 0 { entries.swapAt(0, entries.count - 1) }
            let body = random.pick(spaces) + "<< " + entries.joined(separator: random.pick(inner)) + random.pick(inner) + ">>" + random.pick(spaces)
            let own = try #require(read(body), "\(body)")
            let qpdf = try #require(read(body, .withQPDF), "\(body)")
            #expect(own.role == qpdf.role, "\(body)")
            #expect(own.kids == qpdf.kids, "\(body)")
        }
    }
}
