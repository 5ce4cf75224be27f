internal import CPDFTagging

/// How `AccessiblePDF` reads cairo's bytes where it reads them itself: page
/// contents, to mark artifacts. The pass reads with a lexer of its own and
/// leaves to qpdf what that lexer does not read; the tests hold that reading
/// against qpdf's alone.
enum PDFTaggingReading {
    /// As the pass reads: its own lexer, and qpdf for what that leaves.
    case asThePass
    /// With qpdf's content tokenizer and object parser alone.
    case withQPDF

    private var cValue: sdg_pdf_reading_t {
        switch self {
        case .asThePass: SDG_PDF_READ_AS_THE_PASS
        case .withQPDF: SDG_PDF_READ_WITH_QPDF
        }
    }

    /// A decoded content stream with what it paints outside marked content
    /// marked as an artifact, as the pass marks every page, and whether the
    /// pass's own lexer read all of it.
    func markArtifacts(in content: [UInt8]) throws(RenderError) -> (marked: [UInt8], readByLexer: Bool) {
        var marked: UnsafeMutablePointer<CChar>?
        var length = 0
        var byLexer: Int32 = 0
        var message: UnsafeMutablePointer<CChar>?
        let status = content.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                sdg_pdf_mark_artifacts(chars.baseAddress, chars.count, cValue, &marked, &length, &byLexer, &message)
            }
        }
        defer {
            sdg_pdf_tagging_free(marked)
            sdg_pdf_tagging_free(message)
        }
        guard status == 0, let marked else {
            throw .pdfPostProcessing(message.map { String(cString: $0) } ?? "marking artifacts failed")
        }
        let result = UnsafeRawBufferPointer(start: marked, count: length)
        return ([UInt8](result), byLexer != 0)
    }
}
