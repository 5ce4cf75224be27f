import Foundation
import SDGBriefCairo
import SDGBriefCore
import SDGBriefGraphics

/// The printable brief: an A4 (or US Letter) PDF with bookmarks, a linked
/// contents page, page labels and metadata.
public struct PDFExporter: Exporter {
    public let name = "pdf"
    public let drawsText = true
    public let summary = "Printable brief: A4 or Letter PDF with contents, bookmarks and page numbers"

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        let engine: TextEngine
        do {
            engine = try TextEngine()
        } catch {
            throw ExportFailure(.unavailable, error.description)
        }
        let measurer = PangoTextMeasurer(engine: engine)
        try Self.requireGlyphs(report, measurer: measurer)
        let document = BriefLayout(report: report, paper: options.paper, measurer: measurer, date: options.date).layout()
        let data = try write(document, report: report, options: options, engine: engine)
        return [Artifact(path: "\(report.id).pdf", contents: data)]
    }

    func write(_ document: BriefDocument, report: Report, options: ExportOptions, engine: TextEngine) throws -> Data {
        do {
            let writer = try PDFWriter(pageSize: document.geometry.pageSize, metadata: Self.metadata(report, date: options.date), engine: engine)
            for page in document.pages {
                try writer.beginPage(label: page.label)
                try writer.draw(page.marks)
                try writer.endPage()
            }
            for entry in document.outline {
                let parent = try writer.addOutline(entry.title, destination: entry.destination, isOpen: !entry.children.isEmpty)
                for child in entry.children {
                    try writer.addOutline(child.title, destination: child.destination, parent: parent)
                }
            }
            return try writer.finish()
        } catch {
            guard case .missingGlyphs = error else { throw error }
            throw ExportFailure(.unusableInput, error.description)
        }
        // Any other drawing failure is ours, not the report's: it reaches the
        // command line as an internal error rather than as "invalid report".
    }

    static func metadata(_ report: Report, date: Date?) -> PDFMetadata {
        PDFMetadata(
            title: report.title.zh,
            // Only a named publisher is an author; the tool is the creator, not the author.
            author: report.publisher?.zh,
            subject: report.subtitle?.zh,
            keywords: report.cases.map(\.city.zh) + ["SDG"],
            creator: BriefCreator.name,
            creationDate: date,
            modificationDate: date
        )
    }

    /// Every character the report's text uses must be in the font, or the
    /// brief would print boxes; say which, and where.
    static func requireGlyphs(_ report: Report, measurer: some TextMeasurer) throws {
        var texts: [String] = [report.title.zh, report.subtitle?.zh ?? "", report.publisher?.zh ?? ""]
        texts += report.awards.map(\.name.zh) + report.introduction.map(\.zh) + report.figures.map(\.label.zh)
        for item in report.cases {
            texts += [item.city.zh, item.country.zh, item.region.zh, item.practice.zh, item.partnership.zh]
            texts += item.narrative.map(\.zh) + item.figures.map(\.label.zh) + item.milestones.map(\.event.zh) + item.partners.map(\.name.zh)
        }
        texts += report.conclusionsPreamble.map(\.zh) + report.conclusions.flatMap { [$0.title.zh, $0.text.zh] } + report.closing.map(\.zh)
        let missing = Set(texts.flatMap { measurer.missingCharacters(in: $0, font: .sans).map(\.description) })
        guard missing.isEmpty else {
            throw ExportFailure(.unusableInput, "The brief's font cannot draw \(missing.sorted().joined(separator: ", ")).")
        }
    }
}

