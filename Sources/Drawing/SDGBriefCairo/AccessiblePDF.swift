internal import CPDFTagging
import Foundation

/// Completes a tagged PDF that `PDFWriter` wrote with what Cairo 1.16 cannot
/// write: the document language, alternative text on every Figure, page
/// furniture marked as artifacts (everything drawn outside a structure
/// element), tab order by structure on pages with links, a viewer showing
/// the title, a description on every link, the scope of every table header
/// cell, and XMP metadata that repeats the document information and claims
/// PDF/UA-1. Done with qpdf over the file the writer finished, read once
/// front to back: the objects that change are parsed and written again by
/// qpdf, the others copied as they are, and the finished document streams
/// from here. The file must be stored as Cairo stores it (structure elements
/// in the tree's order, each page's content in one stream); any other is
/// refused.
///
/// ```
/// try AccessiblePDF.complete(
///     fileAt: url, language: "zh-CN", figureAlternativeTexts: writer.figureAlternativeTexts,
///     linkDescriptions: writer.linkDescriptions, tableHeaderScopes: writer.tableHeaderScopes
/// ) { chunk in … }
/// ```
public enum AccessiblePDF {
    /// Reads the PDF at `url` and hands the completed document to `output`
    /// chunk by chunk; `output` returns false to stop on a write error.
    /// `figureAlternativeTexts` must hold one text per Figure, in the order
    /// the Figures were drawn; `linkDescriptions` one per link and
    /// `tableHeaderScopes` one per table header cell, in the same way (an
    /// empty one leaves its link or cell without). The document is handed
    /// over as it is completed: when this throws, what `output` received is
    /// incomplete and must be thrown away.
    public static func complete(
        fileAt url: URL, language: String, figureAlternativeTexts: [String],
        linkDescriptions: [String], tableHeaderScopes: [String],
        output: (UnsafeRawBufferPointer) -> Bool
    ) throws(RenderError) {
        var failure: RenderError?
        let status: Int32 = withoutActuallyEscaping(output) { output in
            var sink = OutputSink(output: output)
            return withUnsafeMutablePointer(to: &sink) { sinkPointer in
                // One list of C strings, the three kinds one after another.
                withCStrings(figureAlternativeTexts + linkDescriptions + tableHeaderScopes) { all in
                    let texts = UnsafeBufferPointer(rebasing: all[..<figureAlternativeTexts.count])
                    let links = UnsafeBufferPointer(rebasing: all[texts.count ..< texts.count + linkDescriptions.count])
                    let scopes = UnsafeBufferPointer(rebasing: all[(texts.count + links.count)...])
                    var message: UnsafeMutablePointer<CChar>?
                    let status = sdg_pdf_tagging_finish(url.path, language, nil, texts.baseAddress, texts.count,
                                                        links.baseAddress, links.count, scopes.baseAddress, scopes.count, { bytes, length, context in
                        guard let bytes, let context else { return 1 }
                        let sink = context.assumingMemoryBound(to: OutputSink.self)
                        return sink.pointee.output(UnsafeRawBufferPointer(start: bytes, count: length)) ? 0 : 1
                    }, sinkPointer, &message)
                    if status != 0 {
                        let text = message.map { String(cString: $0) } ?? "unknown failure"
                        sdg_pdf_tagging_free(message)
                        failure = .pdfPostProcessing(text)
                    }
                    return status
                }
            }
        }
        if status != 0 { throw failure ?? .pdfPostProcessing("status \(status)") }
    }

    private struct OutputSink {
        var output: (UnsafeRawBufferPointer) -> Bool
    }

    /// `strings` as C strings that live for the duration of `body`.
    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafeBufferPointer<UnsafePointer<CChar>?>) -> R) -> R {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers = copies.map { UnsafePointer($0) }
        return pointers.withUnsafeBufferPointer(body)
    }
}
