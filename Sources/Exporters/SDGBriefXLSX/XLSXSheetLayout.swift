import SDGBriefCore

/// What a worksheet says around its rows: its extent, frozen header, column
/// widths, auto-filter and page set-up. Written before and after the rows,
/// which is why the widths are measured first.
struct XLSXSheetLayout {
    /// Excel's widest sensible column for running text; wider text wraps.
    static let maximumWidth = 60.0
    static let minimumWidth = 6.0

    var columnCount: Int
    /// Rows including the header row.
    var rowCount: Int
    /// Column widths in digit widths, as `<col width>` takes them.
    var widths: [Double]
    /// A data table: frozen bold header, auto-filter, header repeated on printed pages.
    var isTable: Bool
    var isFirstSheet: Bool

    /// Widths fitted to the content: room for the header and the filter
    /// button beside it, a little padding, at most `maximumWidth`.
    static func fittedWidths(header: [Double], content: [Double], filterButton: Bool) -> [Double] {
        zip(header, content).map { headerWidth, contentWidth in
            // Bold header text is about a tenth wider; the filter button takes two.
            let needed = max(headerWidth * 1.1 + (filterButton ? 2.5 : 0), contentWidth) + 1.5
            return min(max(needed, minimumWidth), maximumWidth)
        }
    }

    var lastCell: String {
        "\(XLSXText.columnLetters(max(columnCount, 1) - 1))\(max(rowCount, 1))"
    }

    var header: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        xml += "<dimension ref=\"A1:\(lastCell)\"/>"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(isFirstSheet ? " tabSelected=\"1\"" : "")>"
        if isTable {
            xml += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
        }
        xml += "</sheetView></sheetViews>"
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !widths.isEmpty {
            xml += "<cols>"
            for (index, width) in widths.enumerated() {
                let rounded = (width * 100).rounded() / 100
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(MetricFormatter.plainNumber(rounded))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        return xml
    }

    /// Ends the sheet; `merged` are ranges such as `B4:F4`.
    func footer(merged: [String] = []) -> String {
        var xml = "</sheetData>"
        if isTable { xml += "<autoFilter ref=\"A1:\(lastCell)\"/>" }
        if !merged.isEmpty {
            xml += "<mergeCells count=\"\(merged.count)\">" + merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        }
        xml += #"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
        // A4 landscape, as wide as one page and as many pages down as it takes.
        xml += #"<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
        // Text such as "00123" is text on purpose: no "number stored as text" marks.
        xml += "<ignoredErrors><ignoredError sqref=\"A1:\(lastCell)\" numberStoredAsText=\"1\"/></ignoredErrors>"
        xml += "</worksheet>"
        return xml
    }
}
