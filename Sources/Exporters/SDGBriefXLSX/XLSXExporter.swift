import Foundation
import SDGBriefCSV
import SDGBriefCore
import SDGBriefOOXML

/// Writes the report's tables as one Excel workbook (Office Open XML):
/// a sheet that describes the workbook, then one sheet per table, with the
/// same rows as the CSV files, cells typed, a bold frozen header row, an
/// auto-filter and column widths fitted to the content.
public struct XLSXExporter: Exporter {
    public let name = "xlsx"
    public let summary = "The tables as one Excel workbook, typed and described, for Excel and LibreOffice Calc (XLSX)"

    /// The entries' date without `SOURCE_DATE_EPOCH`: the earliest a ZIP entry
    /// can carry (1980-01-01 00:00 UTC), so that the bytes stay the same.
    public static let undatedEntries = Date(timeIntervalSince1970: 315_532_800)

    /// Rows a worksheet holds in Excel and Calc, the header row included.
    public static let maximumRows = 1_048_576

    public init() {}

    public func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
        try collectingArtifacts(report, options: options)
    }

    /// Each table's sheet is made twice, from the model, never held whole:
    /// once to measure its columns, whose widths come before the rows, then
    /// into a temporary file that the archive compresses from.
    public func export(_ report: Report, options: ExportOptions, into sink: any ArtifactSink) throws {
        let language = options.language
        let tables = ReportTable.allCases
        let sheets = [XLSXParts.Sheet(name: XLSXAboutSheet.title.text(in: language), filterRange: nil)]
            + tables.map { table in
                let last = XLSXText.columnLetters(table.columns.count - 1) + String(table.rowCount(report) + 1)
                return XLSXParts.Sheet(name: table.title.text(in: language), filterRange: "A1:\(last)")
            }
        let title = report.title.text(in: language)

        let package = OOXMLPackage(date: options.date ?? Self.undatedEntries)
        package.addRelationships("_rels/.rels", XLSXParts.packageRelationships)
        package.add("docProps/app.xml", contentType: XLSXParts.appPropertiesType, xml: XLSXParts.appProperties(sheetNames: sheets.map(\.name)))
        package.add("docProps/core.xml", contentType: XLSXParts.corePropertiesType, xml: XLSXParts.coreProperties(
            title: title, subject: XLSXAboutSheet.title.text(in: language), language: language, date: options.date
        ))
        package.add("xl/workbook.xml", contentType: XLSXParts.workbookType, xml: XLSXParts.workbook(sheets: sheets))
        package.addRelationships("xl/_rels/workbook.xml.rels", XLSXParts.workbookRelationships(sheetCount: sheets.count))
        package.add("xl/styles.xml", contentType: XLSXParts.stylesType, xml: XLSXParts.styles)
        package.add("xl/worksheets/sheet1.xml", contentType: XLSXParts.worksheetType,
                    xml: try XLSXAboutSheet(report: report, language: language, date: options.date).xml())

        let total = tables.reduce(0) { $0 + $1.rowCount(report) }
        var done = 0
        for (index, table) in tables.enumerated() {
            try addSheet(table, number: index + 2, report: report, language: language, into: package)
            done += table.rowCount(report)
            sink.progress(ExportProgress(done: done, total: total, unit: "rows"))
        }

        let stream = try sink.begin("\(report.id).xlsx")
        try package.write { try stream.write($0) }
        try stream.finish()
    }

    private func addSheet(_ table: ReportTable, number: Int, report: Report, language: String, into package: OOXMLPackage) throws {
        let columns = table.columns
        let kinds = columns.map(\.kind)
        var measure = XLSXColumnMeasure(kinds: kinds)
        try table.writeRows(report, language: language, into: &measure)
        guard measure.rows < Self.maximumRows else {
            throw ExportFailure(.unusableInput, "the \(table.name) table has \(measure.rows) rows, more than a worksheet holds (\(Self.maximumRows - 1) below its header); use --format csv")
        }
        let titles = columns.map { $0.title.text(in: language) }
        let widths = XLSXSheetLayout.fittedWidths(header: titles.map(XLSXText.width), content: measure.widths, filterButton: true)
        let wrapped = Set(columns.indices.filter { !kinds[$0].isNumeric && measure.widths[$0] + 1.5 > XLSXSheetLayout.maximumWidth })
        let layout = XLSXSheetLayout(columnCount: columns.count, rowCount: measure.rows + 1, widths: widths, isTable: true, isFirstSheet: false)

        let scratch = try ScratchFile()
        let writer = XLSXSheetWriter { try scratch.write($0) }
        writer.raw(layout.header)
        writer.beginRow()
        // Set left even over numbers: the filter button takes the header's right end.
        for title in titles {
            writer.text(title, style: .header)
        }
        try writer.endRow()
        var rows = XLSXTableRows(writer: writer, kinds: kinds, wrapped: wrapped)
        try table.writeRows(report, language: language, into: &rows)
        writer.raw(layout.footer())
        try writer.flush()

        package.add("xl/worksheets/sheet\(number).xml", contentType: XLSXParts.worksheetType, file: scratch)
    }
}
