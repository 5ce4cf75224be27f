import Foundation
import SDGBriefCore

/// `datapackage.json`, the Frictionless Data Package written beside the CSV
/// tables: each file's path, encoding and dialect, its columns with types,
/// units and meanings, and the keys that join the tables, so that pandas, R
/// or a data portal loads them typed without guessing.
///
/// Written from `ReportTable`'s descriptions, like the workbook's description sheet.
enum DataPackage {
    static let fileName = "datapackage.json"

    static func descriptor(_ report: Report, options: ExportOptions) throws -> Data {
        let language = options.language
        var package: [String: Any] = [
            "profile": "tabular-data-package",
            "name": packageName(report.id),
            "title": report.title.text(in: language),
            "description": about.text(in: language),
            "resources": ReportTable.allCases.map { resource($0, profile: options.csvProfile, language: language) },
        ]
        if let publisher = report.publisher {
            package["sources"] = [["title": publisher.text(in: language)]]
        }
        if let date = options.date {
            package["created"] = date.formatted(.iso8601)
        }
        var data = try JSONSerialization.data(withJSONObject: package, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        data.append(0x0A)
        return data
    }

    private static let about = LocalizedText([
        "zh": "报告的各表，每表一个 CSV 文件，供程序读取：按本描述中的类型读入（如 pandas、R 或 frictionless）。"
            + "在 Excel 或 LibreOffice Calc 中计算，请打开 sdgbrief 的工作簿（--format xlsx），而不是这些 CSV 文件。"
            + "以 =、+、-、@、制表符或回车开头的文本单元格前加了一个 '，以免电子表格把它当作公式执行；读取文本时去掉开头的 ' 即得原文。",
        "en": "The report's tables, one CSV file each, for code: read them with the types this descriptor gives (pandas, R, frictionless). "
            + "To compute in Excel or LibreOffice Calc, open sdgbrief's workbook (--format xlsx) rather than these files. "
            + "A text cell that begins with =, +, -, @, a tab or a carriage return has a ' put in front, so that no spreadsheet runs it as a formula; drop a leading ' from text to get the original.",
    ])

    private static func resource(_ table: ReportTable, profile: CSVProfile, language: String) -> [String: Any] {
        var schema: [String: Any] = [
            "fields": table.columns.map { field($0, language: language) },
            "missingValues": [""],
        ]
        if !table.primaryKey.isEmpty {
            schema["primaryKey"] = table.primaryKey
        }
        if !table.foreignKeys.isEmpty {
            schema["foreignKeys"] = table.foreignKeys.map { key in
                ["fields": key.fields, "reference": ["resource": key.table, "fields": key.referencedFields]] as [String: Any]
            }
        }
        return [
            "name": table.name,
            "path": "\(table.name).csv",
            "title": table.title.text(in: language),
            "description": table.rowMeaning.text(in: language),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            // The excel profile's byte-order mark is UTF-8's own; readers that
            // know it (Python's utf-8-sig, frictionless) drop it.
            "encoding": "utf-8",
            "dialect": [
                "delimiter": ",",
                "doubleQuote": true,
                "header": true,
                "lineTerminator": profile == .excel ? "\r\n" : "\n",
                "quoteChar": "\"",
            ] as [String: Any],
            "schema": schema,
        ]
    }

    private static func field(_ column: TableColumn, language: String) -> [String: Any] {
        var field: [String: Any] = [
            "name": column.name,
            "type": column.kind.schemaType,
            "title": column.title.text(in: language),
            "description": column.description.text(in: language),
        ]
        if let unit = column.unit {
            // Not a property the standard defines; it allows properties of one's own.
            field["unit"] = unit.text(in: language)
        }
        if column.required {
            field["constraints"] = ["required": true]
        }
        if column.kind == .integer, column.name == "sdg" {
            field["constraints"] = ["required": true, "minimum": 1, "maximum": 17]
        }
        return field
    }

    /// A package name is lowercase letters, digits and `-._`; a report id already is, bar the case.
    private static func packageName(_ id: String) -> String {
        String(id.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) ? $0 : "-" })
    }
}
