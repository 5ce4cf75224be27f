internal import CPDFTagging

/// How `AccessiblePDF` reads cairo's bytes where it reads them itself: page
/// contents, to mark artifacts, and structure elements, for their role and
/// kids; and how qpdf reads the file. The pass reads with a lexer of its own
/// and leaves to qpdf what that lexer does not read, and gives qpdf the file
/// through blocks of its own; the tests hold each against qpdf's own.
enum PDFTaggingReading {
    /// As the pass reads: its own lexer, and qpdf for what that leaves; the
    /// file through the pass's blocks.
    case asThePass
    /// With qpdf's content tokenizer, object parser and file input alone.
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

    /// A stored structure element's role and element kids (object number
    /// and generation), read from its body (between "obj" and "endobj");
    /// nil when this reading does not read it.
    func structureElement(_ body: [UInt8]) -> (role: String, kids: [[Int]])? {
        var role = [CChar](repeating: 0, count: 256)
        var kids = [Int32](repeating: 0, count: 2 * 4096)
        var count = 0
        let status = body.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                sdg_pdf_read_structure_element(chars.baseAddress, chars.count, cValue, &role, role.count, &kids, kids.count / 2, &count)
            }
        }
        guard status == 1 else { return nil }
        let name = String(decoding: role.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (name, (0 ..< count).map { [Int(kids[2 * $0]), Int(kids[2 * $0 + 1])] })
    }
}

extension PDFTaggingReading {
    /// What qpdf sees reading the file at `path` step by step as `script`
    /// says (see `sdg_pdf_trace_input`): a line per step.
    func traceInput(path: String, script: String) throws(RenderError) -> String {
        var trace: UnsafeMutablePointer<CChar>?
        let status = sdg_pdf_trace_input(path, cValue, script, &trace)
        defer { sdg_pdf_tagging_free(trace) }
        let text = trace.map { String(cString: $0) } ?? ""
        guard status == 0 else { throw .pdfPostProcessing(text) }
        return text
    }
}
