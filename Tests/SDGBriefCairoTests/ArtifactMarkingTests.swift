@testable import SDGBriefCairo
import SDGBriefSynth
import Testing

/// Page contents marked as the PDF tagging pass marks them, held against
/// the same marking read by qpdf's content tokenizer.
@Suite struct ArtifactMarkingTests {
    private func marked(_ content: String, _ reading: PDFTaggingReading = .asThePass) throws -> (text: String, byLexer: Bool) {
        let result = try reading.markArtifacts(in: Array(content.utf8))
        return (String(decoding: result.marked, as: UTF8.self), result.readByLexer)
    }

    @Test func paintingOutsideMarkedContentBecomesOneArtifactPerRun() throws {
        let content = """
        q 0 0 1 rg 56 40 480 0.5 re f Q
        /P << /MCID 0 >> BDC BT /f-0-0 12 Tf 1 0 0 -1 56 60 Tm [<0012>-3<0045>]TJ ET EMC
        0.2 g (folio \\) 1) Tj
        """
        let result = try marked(content)
        #expect(result.byLexer)
        // The line break after Q was read before the tagged sequence began,
        // so it stays inside the artifact; the operands of BDC stay outside.
        #expect(result.text == "/Artifact BMC\nq 0 0 1 rg 56 40 480 0.5 re f Q\n\nEMC\n"
            + "/P << /MCID 0 >> BDC BT /f-0-0 12 Tf 1 0 0 -1 56 60 Tm [<0012>-3<0045>]TJ ET EMC\n"
            + "/Artifact BMC\n0.2 g (folio \\) 1) Tj\nEMC\n")
    }

    @Test func nestedMarkedContentIsCopiedWhole() throws {
        let content = "/Sect BMC /P << /MCID 1 >> BDC 1 2 m 3 4 l S EMC 5 6 m EMC 7 8 m"
        let result = try marked(content)
        #expect(result.byLexer)
        #expect(result.text == "/Sect BMC /P << /MCID 1 >> BDC 1 2 m 3 4 l S EMC 5 6 m EMC /Artifact BMC\n7 8 m\nEMC\n")
    }

    @Test func inlineImagesAndControlCharactersAreLeftToQPDF() throws {
        for content in [
            "q BI /W 1 /H 1 /BPC 8 /CS /G ID \u{1}EMC EI Q",
            "1 0 0 1 0 0 cm\u{0B}2 w",
            "(unterminated",
            "1.2.3 w",
        ] {
            let own = try marked(content)
            #expect(!own.byLexer, "\(content)")
            #expect(own.text == (try marked(content, .withQPDF)).text, "\(content)")
        }
    }

    /// An inline image's data ends its operation but is never read as an
    /// operator, even when its bytes spell one.
    @Test func inlineImageDataIsNotAnOperator() throws {
        let content = "/P << /MCID 0 >> BDC BI /W 3 /H 1 /BPC 8 /CS /G ID EMCEI 1 0 0 1 0 0 cm EMC 0 g"
        let result = try marked(content)
        #expect(!result.byLexer)
        #expect(result.text == "/P << /MCID 0 >> BDC BI /W 3 /H 1 /BPC 8 /CS /G ID EMCEI 1 0 0 1 0 0 cm EMC /Artifact BMC\n0 g\nEMC\n")
    }

    /// Content streams of every kind of token cairo writes, and some it
    /// does not, in random order and nesting: the pass's marking and qpdf's
    /// agree byte for byte, and the lexer reads every one of them.
    @Test func agreesWithQPDFOnGeneratedContent() throws {
        var random = SplitMix64(seed: 14)
        let operands = [
            "0", "12", "-3", "+4", ".5", "-.25", "595.276", "/f-0-0", "/a#20b", "/", "true", "false", "null",
            "(text)", "(a (nested) one)", "(escaped \\( \\) \\\\ \\n)", "(one \\) escaped)", "(\\(one)", "()", "<00AB12>", "<0 a b>", "<>",
            "[<0012>-3<0045>]", "[ 1 2 ]", "<< /MCID 3 >>", "<< /Type /Pages /Kids [ 1 0 R ] >>", "{ 1 add }",
        ]
        let operators = ["q", "Q", "cm", "re", "f", "f*", "S", "Tj", "TJ", "'", "\"", "T*", "Tf", "Tm", "gs", "d0", "BT", "ET", "Do", "sh"]
        let spaces = [" ", "\n", "\r\n", "\t", "  ", "% a comment\n", "\u{0C}"]
        var readByLexer = 0
        for _ in 0 ..< 400 {
            var content = ""
            var depth = 0
            for _ in 0 ..< random.int(in: 0 ... 40) {
                for _ in 0 ..< random.int(in: 0 ... 3) {
                    content += random.pick(operands) + random.pick(spaces)
                }
                switch random.int(in: 0 ... 9) {
                case 0:
                    content += random.pick(["/P << /MCID 2 >> BDC", "/Span BMC", "/Artifact BMC"])
                    depth += 1
                case 1 where depth > 0 || random.int(in: 0 ... 3) == 0:
                    // Now and then an EMC that closes nothing, as a damaged stream might.
                    content += "EMC"
                    depth = max(0, depth - 1)
                default:
                    content += random.pick(operators)
                }
                content += random.pick(spaces)
            }
            let own = try marked(content)
            let qpdf = try marked(content, .withQPDF)
            #expect(own.text == qpdf.text, "\(content)")
            if own.byLexer { readByLexer += 1 }
        }
        #expect(readByLexer == 400)
    }
}
