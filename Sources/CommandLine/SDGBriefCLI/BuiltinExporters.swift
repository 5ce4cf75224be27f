import Foundation
import SDGBriefCSV
import SDGBriefChartExport
import SDGBriefCore
import SDGBriefJSON
import SDGBriefPDF
import SDGBriefMarkdown
import SDGBriefPPTX
import SDGBriefText
import SDGBriefXLSX

/// Every format sdgbrief ships, in the order `formats` lists them and `export`
/// writes them. Adding a format: one target, one line here, and its tests
/// (see CONTRIBUTING.md).
let builtinExporters: [any Exporter] = [
    CSVExporter(),
    TextExporter(),
    JSONExporter(),
    PDFExporter(),
    SVGChartExporter(),
    PNGChartExporter(),
    MarkdownExporter(),
    XLSXExporter(),
    PPTXExporter(),
]

extension ExporterRegistry {
    /// The built-in formats and the external exporters found.
    init(external: [ExternalExporter] = []) {
        self.init(builtinExporters, external: external)
    }
}

extension StagedExport {
    init(exporters: [any Exporter], report: Report, options: ExportOptions, source: ReportSource, quiet: Bool) {
        self.init(exporters: exporters, report: report, options: options, inputName: source.name, quiet: quiet)
    }
}

/// External exporters read the report as `--format json` writes it,
/// schemaVersion included.
let pluginReportInput: ExternalExporter.ReportInput = { report, options in
    try JSONExporter().export(report, options: options).first?.contents ?? Data()
}
