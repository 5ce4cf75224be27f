import Foundation
import SDGBriefCairo
import SDGBriefChartExport
import SDGBriefCore
import SDGBriefGraphics

/// The printable brief: an A4 (or US Letter) PDF with bookmarks, a linked
/// contents page, page labels and metadata.
public struct PDFExporter: Exporter {
    public let name = "pdf"
    public let summary = "Printable brief: A4 or Letter PDF with contents, bookmarks and page numbers"
    /// Second only to the PNG charts on the bundled report.
    public let costHint = 2

    /// Text the font cannot draw; checked once for all the exporters that draw.
    public func preflight(_ report: Report, options: ExportOptions) -> [ValidationIssue] {
        GlyphCoverageCheck.issues(in: report)
    }

    /// Threads the layout's first pass may use, the calling one included;
    /// with more than one, the second pass also lays the body out on a
    /// helper while the calling thread draws.
    public let planningThreads: Int

    /// By default two threads where there are two cores: the first pass
    /// finds page breaks only, and on a long report it is a quarter of the
    /// work; in the second, Pango's layout and Cairo's drawing take turns.
    public init(planningThreads: Int = min(2, ProcessInfo.processInfo.activeProcessorCount)) {
        self.planningThreads = max(1, planningThreads)
    }

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        try collectingArtifacts(report, options: options)
    }

    /// A measurer of its own for a helper thread of the layout's first pass;
    /// nil if the fonts cannot be loaded, and the calling thread plans alone.
    private static func makeMeasurer(language: String) -> @Sendable () -> (any TextMeasurer)? {
        { (try? TextEngine(language: language)).map { PangoTextMeasurer(engine: $0) } }
    }

    /// A measurer for the thread that lays the body out while this one
    /// draws, handing its layouts over with the pages.
    private static func makeBodyMeasurer(language: String) -> @Sendable () -> (any TextMeasurer)? {
        { (try? TextEngine(language: language)).map { PangoTextMeasurer(handingOverFrom: $0) } }
    }

    /// Draws each page as soon as it is laid out and lets Cairo write it on
    /// to `sink`, so neither the laid-out pages nor the PDF's bytes pile up.
    public func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws {
        let engine: TextEngine
        do {
            engine = try TextEngine(language: options.language)
        } catch {
            throw ExportFailure(.unavailable, error.description)
        }
        // Once the layout returns or throws, its helpers have stopped.
        defer { engine.releaseAdoptedText() }
        let measurer = PangoTextMeasurer(engine: engine)
        try Self.requireGlyphs(report, measurer: measurer, language: options.language)
        let stream = try sink.begin("\(report.id).pdf")
        let output = ChunkBuffer(stream)
        let staged = try StagedPDFFile()
        let layout = BriefLayout(
            report: report, paper: options.paper, measurer: measurer, date: options.date,
            makeHelperMeasurer: planningThreads > 1 ? Self.makeMeasurer(language: options.language) : nil,
            helperThreads: planningThreads - 1,
            makeBodyMeasurer: planningThreads > 1 ? Self.makeBodyMeasurer(language: options.language) : nil,
            language: options.language
        )
        do {
            let writer = try PDFWriter(pageSize: layout.geometry.pageSize, metadata: Self.metadata(report, date: options.date, language: options.language), engine: engine, output: staged.append)
            let outline = try layout.layout(planning: { done, total in
                sink.progress(ExportProgress(done: done, total: total, unit: "sections laid out"))
            }) { page, index, pageCount in
                if let text = page.laidOutText { engine.adopt(text) }
                try writer.beginPage(label: page.label)
                try writer.draw(page.marks)
                try writer.endPage()
                sink.progress(ExportProgress(done: index + 1, total: pageCount, unit: "pages"))
            }
            try Self.addOutline(outline, to: writer)
            _ = try writer.finish()
            try staged.flush()
            try AccessiblePDF.complete(
                fileAt: staged.url, language: Self.documentLanguage(options.language),
                figureAlternativeTexts: writer.figureAlternativeTexts,
                linkDescriptions: writer.linkDescriptions, tableHeaderScopes: writer.tableHeaderScopes,
                output: output.append
            )
        } catch let error as RenderError {
            // A failed write surfaces in Cairo as a write error; report the cause.
            if let failure = staged.failure ?? output.failure { throw failure }
            // Only text the font cannot draw is the report's doing; any other
            // drawing failure is ours and reaches the command line as such.
            guard case .missingGlyphs = error else { throw error }
            throw ExportFailure(.unusableInput, error.description)
        }
        try output.flush()
        try stream.finish()
    }

    /// The document's language as PDF/UA wants it (BCP 47): the brief's
    /// Chinese is Simplified Chinese as written in mainland China.
    static func documentLanguage(_ language: String) -> String {
        language.hasPrefix("zh") ? "zh-CN" : language
    }

    private static func addOutline(_ outline: [BriefOutlineEntry], to writer: PDFWriter) throws(RenderError) {
        for entry in outline {
            let parent = try writer.addOutline(entry.title, destination: entry.destination, isOpen: !entry.children.isEmpty)
            for child in entry.children {
                try writer.addOutline(child.title, destination: child.destination, parent: parent)
            }
        }
    }

    static func metadata(_ report: Report, date: Date?, language: String = LocalizedText.sourceLanguage) -> PDFMetadata {
        let text = { (localized: LocalizedText) in localized.text(in: language) }
        return PDFMetadata(
            title: text(report.title),
            // Only a named publisher is an author; the tool is the creator, not the author.
            author: report.publisher.map(text),
            subject: report.subtitle.map(text),
            keywords: report.cases.map { text($0.city) } + ["SDG"],
            creator: BriefCreator.name,
            creationDate: date,
            modificationDate: date
        )
    }

    /// Every character the report's text uses must be in the font, or the
    /// brief would print boxes; say which, and where.
    static func requireGlyphs(_ report: Report, measurer: some TextMeasurer, language: String = LocalizedText.sourceLanguage) throws {
        // Checked text by text through the report's one walk of its texts
        // rather than gathered first: a network's report holds hundreds of
        // thousands of texts.
        var missing = Set<String>()
        report.forEachLocalizedText { _, localized in
            for character in measurer.missingCharacters(in: localized.text(in: language), font: .sans) { missing.insert(character.description) }
        }
        guard missing.isEmpty else {
            throw ExportFailure(.unusableInput, "The brief's font cannot draw \(missing.sorted().joined(separator: ", ")).")
        }
    }
}

