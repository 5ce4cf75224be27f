import Foundation
import SDGBriefCSV
import SDGBriefCore

/// The workbook's first sheet: what the workbook is, where it comes from,
/// and what every sheet and column holds, with units. Written from
/// `ReportTable`'s descriptions, as the data package beside the CSV is.
struct XLSXAboutSheet {
    let report: Report
    let language: String
    let date: Date?

    static let title = words("说明", "About")

    /// The meaning column's width; long meanings wrap within it.
    static let meaningWidth = 62.0

    /// Columns: sheet, header or count, field name, type, unit, meaning;
    /// each as wide as the words in it (in this language) need.
    func widths() -> [Double] {
        let say = { (text: LocalizedText) in XLSXText.width(text.text(in: language)) }
        let columns = ReportTable.allCases.flatMap { table in table.columns.map { (table, $0) } }
        let headers = Self.columnHeaders.map(say)
        let needed: [Double] = [
            max(headers[0], ReportTable.allCases.map { say($0.title) }.max() ?? 0, Self.factLabels.map(say).max() ?? 0),
            max(headers[1], say(Self.rowsHeader), columns.map { say($0.1.title) }.max() ?? 0),
            max(headers[2], columns.map { XLSXText.width($0.1.name) }.max() ?? 0),
            max(headers[3], columns.map { say(Self.typeName($0.1.kind)) }.max() ?? 0),
            max(headers[4], columns.map { $0.1.unit.map(say) ?? 0 }.max() ?? 0),
        ]
        return needed.map { min($0 + 2.5, 40) } + [Self.meaningWidth]
    }

    /// The sheet's XML; it is small, a few rows per column of every table.
    func xml() throws -> String {
        var bytes: [UInt8] = []
        let writer = XLSXSheetWriter { bytes.append(contentsOf: $0) }
        var merged: [String] = []
        let say = { (text: LocalizedText) in text.text(in: language) }

        writer.beginRow(height: 24)
        writer.text(report.title.text(in: language), style: .title)
        try writer.endRow()
        writer.beginRow()
        writer.text(say(Self.words("sdgbrief 从报告导出的数据表，每个工作表一张表。", "The report's tables, one sheet each, exported by sdgbrief.")), style: .text)
        try writer.endRow()
        try blank(writer)

        var facts: [(LocalizedText, String)] = []
        if let publisher = report.publisher { facts.append((Self.factLabels[0], publisher.text(in: language))) }
        facts.append((Self.factLabels[1], report.id))
        facts.append((Self.factLabels[2], language))
        var made = "sdgbrief \(SDGBriefVersion.current)"
        if let date { made += ", " + date.formatted(.iso8601) }
        facts.append((Self.factLabels[3], made))
        facts.append((Self.factLabels[4], say(Self.usage)))
        facts.append((Self.factLabels[5], say(Self.forCode)))
        let widths = widths()
        for (label, value) in facts {
            // Merged cells are not fitted to their text: the height is set
            // from the lines the text takes across B to F.
            let lines = (XLSXText.width(value) / (widths[1...].reduce(0, +) * 1.1)).rounded(.up)
            writer.beginRow(height: max(1, lines) * 15 + 2)
            writer.text(say(label), style: .label)
            writer.text(value, style: .wrappedText)
            try writer.endRow()
            merged.append("B\(writer.row):F\(writer.row)")
        }
        try blank(writer)

        writer.beginRow()
        writer.text(say(Self.columnHeaders[0]), style: .header)
        writer.text(say(Self.rowsHeader), style: .numberHeader)
        writer.text(say(Self.words("每行表示", "One row per")), style: .header)
        try writer.endRow()
        for table in ReportTable.allCases {
            writer.beginRow()
            writer.text(say(table.title), style: .text)
            writer.number(Double(table.rowCount(report)), style: .grouped)
            writer.text(say(table.rowMeaning), style: .text)
            try writer.endRow()
        }
        try blank(writer)

        try headerRow(writer, Self.columnHeaders)
        for table in ReportTable.allCases {
            for column in table.columns {
                writer.beginRow()
                writer.text(say(table.title), style: .text)
                writer.text(say(column.title), style: .label)
                writer.text(column.name, style: .text)
                writer.text(say(Self.typeName(column.kind)), style: .text)
                writer.text(column.unit.map(say) ?? "", style: .text)
                writer.text(say(column.description), style: .wrappedText)
                try writer.endRow()
            }
        }

        let layout = XLSXSheetLayout(columnCount: widths.count, rowCount: writer.row, widths: widths, isTable: false, isFirstSheet: true)
        try writer.flush()
        return layout.header + String(decoding: bytes, as: UTF8.self) + layout.footer(merged: merged)
    }

    private func blank(_ writer: XLSXSheetWriter) throws {
        writer.beginRow()
        try writer.endRow()
    }

    private func headerRow(_ writer: XLSXSheetWriter, _ titles: [LocalizedText]) throws {
        writer.beginRow()
        for title in titles {
            writer.text(title.text(in: language), style: .header)
        }
        try writer.endRow()
    }

    static let columnHeaders = [
        words("工作表", "Sheet"), words("列", "Column"), words("CSV 字段", "CSV field"),
        words("类型", "Type"), words("单位", "Unit"), words("含义", "Meaning"),
    ]

    static let rowsHeader = words("行数", "Rows")

    static let factLabels = [
        words("来源", "Source"), words("报告编号", "Report id"), words("语言", "Language"),
        words("生成", "Made with"), words("如何使用", "How to use"), words("程序读取", "For code"),
    ]

    static let usage = words(
        "每个工作表是一张表，第一行是列名；各表通过“案例编号”和“目标”关联。数字单元格是数字，可直接计算（数值以“单位”列的基本单位表示）；文本单元格即使看起来像数字、百分比或公式，也保存为文本。",
        "Each sheet is one table with its column names in the first row; the tables join on the case id and the SDG number. Number cells are numbers to compute with (values in the base unit the unit column names); text cells stay text even where they look like a number, a percentage or a formula."
    )

    static let forCode = words(
        "程序和数据库请使用 CSV 格式（--format csv）：csv/ 目录中的 datapackage.json 说明每个文件的编码、类型和单位。",
        "For code and databases use the CSV format (--format csv): datapackage.json in csv/ gives each file's encoding, types and units."
    )

    static func typeName(_ kind: ColumnKind) -> LocalizedText {
        switch kind {
        case .text: words("文本", "text")
        case .identifier: words("编号（文本）", "id (text)")
        case .list: words("列表（文本，以 ; 分隔）", "list (text, ; between items)")
        case .integer: words("整数", "whole number")
        case .year: words("年份（整数）", "year (whole number)")
        case .quantity: words("数值", "number")
        case .coordinate: words("数值（度）", "number (degrees)")
        }
    }

    private static func words(_ zh: String, _ en: String) -> LocalizedText {
        LocalizedText(["zh": zh, "en": en])
    }
}
