internal import CCairoPango
import Foundation
import SDGBriefGraphics

/// Writes a multi-page PDF: pages of marks, bookmarks, page labels, internal
/// links and named destinations. Page units are PostScript points.
///
/// ```
/// let pdf = try PDFWriter(pageSize: Size(width: 595.276, height: 841.89), metadata: meta, engine: engine)
/// try pdf.beginPage(label: "i")
/// try pdf.draw(page)
/// try pdf.endPage()
/// let data = try pdf.finish()
/// ```
public final class PDFWriter {
    public let engine: TextEngine
    public let pageSize: Size
    private let context: DrawingContext
    private var pageIsOpen = false
    private var isFinished = false
    public private(set) var pageCount = 0
    private let structureLog = StructureLog()

    /// The alternative text of every Figure drawn so far, in document order:
    /// Cairo 1.16 cannot write them, `AccessiblePDF` adds them afterwards.
    public var figureAlternativeTexts: [String] { structureLog.figureAlternativeTexts }

    /// The description of every link drawn so far, in document order, for
    /// `AccessiblePDF` to write where Cairo 1.16 cannot.
    public var linkDescriptions: [String] { structureLog.linkDescriptions }

    /// The scope of every table header cell drawn so far ("Row", "Column",
    /// "Both", or empty), in document order, for `AccessiblePDF` to write.
    public var tableHeaderScopes: [String] { structureLog.tableHeaderScopes }

    /// With `output`, the document goes to it chunk by chunk as Cairo writes
    /// it (each finished page's content, the fonts at the end) instead of
    /// collecting in memory, and `finish()` returns no bytes. `output` returns
    /// false to stop on a write error, which the writer then reports.
    public init(
        pageSize: Size, metadata: PDFMetadata = PDFMetadata(), engine: TextEngine,
        output: ((UnsafeRawBufferPointer) -> Bool)? = nil
    ) throws(RenderError) {
        try CairoRenderer.validate(pageSize)
        self.engine = engine
        self.pageSize = pageSize
        let surface = try Surface.pdf(width: pageSize.width, height: pageSize.height, forward: output)
        Self.apply(metadata, to: surface.pointer)
        context = try DrawingContext(surface: surface)
    }

    /// Starts a page, `size` or the writer's page size, with an optional label
    /// a viewer shows instead of the page number.
    public func beginPage(size: Size? = nil, label: String? = nil) throws(RenderError) {
        try requireOpenDocument()
        guard !pageIsOpen else { throw RenderError.misuse("beginPage() called while page \(pageCount) is still open.") }
        let size = size ?? pageSize
        try CairoRenderer.validate(size)
        if pageCount > 0 { cairo_show_page(context.pointer) }
        cairo_pdf_surface_set_size(context.surface.pointer, size.width, size.height)
        if pageCount == 0 {
            // Link tags outside any structure tag make cairo 1.16 write
            // annotations pointing at objects it never writes; a Document tag
            // around everything keeps the file intact (and tagged). It must
            // begin after the first set_size, which discards what the page
            // recorded so far, and end on the last page, not after it.
            cairo_tag_begin(context.pointer, "Document", nil)
        }
        if let label { cairo_pdf_surface_set_page_label(context.surface.pointer, label) }
        pageIsOpen = true
        pageCount += 1
        try context.surface.checkStatus("begin page \(pageCount)")
        try context.checkStatus("begin page \(pageCount)")
    }

    /// Draws a drawing at the page's top-left corner, background included.
    public func draw(_ drawing: Drawing) throws(RenderError) {
        try requireOpenPage()
        try painter.paint(drawing)
    }

    public func draw(_ marks: [Mark]) throws(RenderError) {
        try requireOpenPage()
        try painter.paint(marks, transform: .identity)
    }

    /// Closes the page for drawing. Cairo emits it only when the next page
    /// begins or the document finishes, because the Document tag must end on
    /// the last page, not on an empty page after it.
    public func endPage() throws(RenderError) {
        try requireOpenPage()
        pageIsOpen = false
        try context.checkStatus("end page \(pageCount)")
    }

    /// Adds a bookmark jumping to a named destination, which may be drawn on
    /// a later page.
    @discardableResult
    public func addOutline(_ title: String, destination: String, parent: PDFOutlineItem? = nil, isOpen: Bool = false) throws(RenderError) -> PDFOutlineItem {
        try requireOpenDocument()
        let flags = isOpen ? CAIRO_PDF_OUTLINE_FLAG_OPEN.rawValue : 0
        let id = cairo_pdf_surface_add_outline(
            context.surface.pointer,
            parent?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT),
            title,
            "dest=\(TagAttributes.quoted(destination))",
            cairo_pdf_outline_flags_t(rawValue: flags)
        )
        try context.surface.checkStatus("add the bookmark “\(title)”")
        return PDFOutlineItem(id: id)
    }

    /// Completes the document and returns its bytes (none when they went to
    /// an `output`). The writer is unusable afterwards.
    public func finish() throws(RenderError) -> Data {
        try requireOpenDocument()
        guard !pageIsOpen else { throw RenderError.misuse("finish() called while page \(pageCount) is still open.") }
        guard pageCount > 0 else { throw RenderError.misuse("A PDF needs at least one page.") }
        cairo_tag_end(context.pointer, "Document")
        cairo_show_page(context.pointer)
        try context.checkStatus("end the document")
        isFinished = true
        return try context.surface.finish()
    }

    private var painter: MarkPainter {
        MarkPainter(context: context, engine: engine, writesTags: true, structureLog: structureLog)
    }

    private func requireOpenDocument() throws(RenderError) {
        guard !isFinished else { throw RenderError.misuse("The PDF is already finished.") }
    }

    private func requireOpenPage() throws(RenderError) {
        try requireOpenDocument()
        guard pageIsOpen else { throw RenderError.misuse("Drawing on a PDF needs beginPage() first.") }
    }

    private static func apply(_ metadata: PDFMetadata, to surface: OpaquePointer) {
        let texts: [(cairo_pdf_metadata_t, String?)] = [
            (CAIRO_PDF_METADATA_TITLE, metadata.title),
            (CAIRO_PDF_METADATA_AUTHOR, metadata.author),
            (CAIRO_PDF_METADATA_SUBJECT, metadata.subject),
            (CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.isEmpty ? nil : metadata.keywords.joined(separator: ", ")),
            (CAIRO_PDF_METADATA_CREATOR, metadata.creator),
        ]
        for case let (key, value?) in texts {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        // Cairo stamps the current time unless told otherwise; a value it
        // cannot parse as ISO 8601 makes it write no date.
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate.map(isoDate) ?? "")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, metadata.modificationDate.map(isoDate) ?? "")
    }

    /// "2023-11-14T22:13:20Z". Foundation's `ISO8601FormatStyle` rather
    /// than `ISO8601DateFormatter`, which goes through ICU: loading ICU's
    /// calendar and time-zone data for one date made the process 5 MiB
    /// larger (the 1,000-case PDF peaked at 85 MiB with a date, 80 without).
    private static func isoDate(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
