import Foundation
import SDGBriefTestSupport
import Testing

/// Reads a workbook back with openpyxl (Debian's python3-openpyxl), the
/// library Python users open Excel files with: every sheet's cells with
/// their types, and what the sheets say about how they are shown.
struct XLSXWorkbookReader {
    struct Sheet: Decodable {
        var name: String
        /// Per row, per cell: `["s", text]`, `["n", number]` or `["empty", null]`.
        var rows: [[Cell]]
        var freeze: String?
        var filter: String?
        var widths: [String: Double]
        var boldHeader: Bool
        /// The number format of each number cell, by coordinate.
        var formats: [String: String]
    }

    struct Cell: Decodable, Equatable, CustomStringConvertible {
        var type: String
        var text: String?
        var number: Double?

        init(type: String, text: String? = nil, number: Double? = nil) {
            self.type = type
            self.text = text
            self.number = number
        }

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            type = try container.decode(String.self)
            if type == "s" { text = try container.decode(String.self) }
            if type == "n" { number = try container.decode(Double.self) }
        }

        var description: String { type == "s" ? "text \(text ?? "")" : type == "n" ? "number \(number ?? .nan)" : type }
    }

    struct Workbook: Decodable {
        var title: String?
        var language: String?
        var sheets: [Sheet]
    }

    static let script = #"""
    import sys, json, openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for ws in book.worksheets:
        rows = []
        formats = {}
        for row in ws.iter_rows():
            cells = []
            for cell in row:
                if cell.value is None:
                    cells.append(["empty"])
                elif cell.data_type == "n":
                    cells.append(["n", cell.value])
                    formats[cell.coordinate] = cell.number_format
                else:
                    cells.append([cell.data_type, cell.value])
            while cells and cells[-1] == ["empty"]:
                cells.pop()
            rows.append(cells)
        sheets.append({
            "name": ws.title, "rows": rows, "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
            "boldHeader": all(c.font.b for c in ws[1] if c.value is not None),
            "formats": formats,
        })
    props = book.properties
    print(json.dumps({"title": props.title, "language": props.language, "sheets": sheets}, ensure_ascii=False))
    """#

    static func read(_ url: URL) throws -> Workbook {
        let result = try ExternalTool.run("/usr/bin/python3", ["-c", script, url.path])
        #expect(result.status == 0, "openpyxl: \(result.errorText)")
        return try JSONDecoder().decode(Workbook.self, from: result.output)
    }
}
