import Foundation
import SDGBriefTestSupport
import SDGBriefCairo
import SDGBriefCore
import SDGBriefLoader
import SDGBriefPDF

/// Reports to lay out and the PDFs made of them, written where poppler and
/// qpdf can read them.
enum BriefFixture {
    static let fixedDate = Date(timeIntervalSince1970: 1_717_243_200) // 2024-06-01 12:00 UTC

    static func bundled() throws -> Report {
        try BundledReport.load()
    }

    /// A report of the user's size: the bundled cases repeated (or cut) to
    /// `count`, each with its own id and city name.
    static func report(caseCount count: Int) throws -> Report {
        var report = try bundled()
        let source = report.cases
        report.cases = (0 ..< count).map { index in
            var item = source[index % source.count]
            let round = index / source.count
            if round > 0 {
                item.id += "-\(round + 1)"
                item.city = LocalizedText(zh: item.city.zh + "\(round + 1)")
            }
            return item
        }
        return report
    }

    static func pdf(_ report: Report, options: ExportOptions = ExportOptions()) throws -> Data {
        let artifacts = try PDFExporter().export(report, options: options)
        return artifacts[0].contents
    }

    /// Writes `data` into a fresh directory; the caller removes the directory.
    static func write(_ data: Data) throws -> (directory: URL, path: String) {
        let directory = try ExternalTool.temporaryDirectory()
        let url = directory.appendingPathComponent("brief.pdf")
        try data.write(to: url)
        return (directory, url.path)
    }

    static func measurer() throws -> PangoTextMeasurer {
        PangoTextMeasurer(engine: try TextEngine())
    }

    static func layout(_ report: Report, paper: PaperSize = .a4) throws -> BriefDocument {
        let engine = try TextEngine()
        return BriefLayout(report: report, paper: paper, measurer: PangoTextMeasurer(engine: engine)).layout()
    }
}
