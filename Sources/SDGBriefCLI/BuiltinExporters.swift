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
