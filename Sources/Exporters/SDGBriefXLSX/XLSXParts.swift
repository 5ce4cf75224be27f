import Foundation
import SDGBriefOOXML

/// The small XML parts of a workbook, as Office Open XML (ECMA-376) lays
/// them out: the package's content types and relationships, the workbook
/// with its sheet list, the styles and the document properties.
enum XLSXParts {
    static let declaration = OOXMLPackage.declaration
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let spreadsheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    static let workbookType = "\(spreadsheetML).sheet.main+xml"
    static let worksheetType = "\(spreadsheetML).worksheet+xml"
    static let stylesType = "\(spreadsheetML).styles+xml"
    static let corePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml"
    static let appPropertiesType = "application/vnd.openxmlformats-officedocument.extended-properties+xml"

    static let packageRelationships = [
        OOXMLRelationship(id: "rId1", type: "\(relationships)/officeDocument", target: "xl/workbook.xml"),
        OOXMLRelationship(id: "rId2", type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", target: "docProps/core.xml"),
        OOXMLRelationship(id: "rId3", type: "\(relationships)/extended-properties", target: "docProps/app.xml"),
    ]

    /// One sheet of the workbook's list: its name, and the extent of its
    /// auto-filter and printed header row, if it is a table.
    struct Sheet {
        var name: String
        var filterRange: String?
    }

    static func workbook(sheets: [Sheet]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        xml += #"<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(XLSXText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        let names = sheets.enumerated().flatMap { index, sheet -> [String] in
            guard let range = sheet.filterRange else { return [] }
            let quoted = "'" + sheet.name.replacingOccurrences(of: "'", with: "''") + "'"
            let absolute = range.split(separator: ":").map { absoluteReference(String($0)) }.joined(separator: ":")
            // The names Excel itself writes for an auto-filter and for
            // printing the header row on every page.
            return [
                "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">\(XLSXText.escaped(quoted))!\(absolute)</definedName>",
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">\(XLSXText.escaped(quoted))!$1:$1</definedName>",
            ]
        }
        if !names.isEmpty { xml += "<definedNames>" + names.joined() + "</definedNames>" }
        return xml + "</workbook>"
    }

    /// The workbook's sheets as `rId1` … in their order, then its styles.
    static func workbookRelationships(sheetCount: Int) -> [OOXMLRelationship] {
        (1 ... sheetCount).map { OOXMLRelationship(id: "rId\($0)", type: "\(relationships)/worksheet", target: "worksheets/sheet\($0).xml") }
            + [OOXMLRelationship(id: "rId\(sheetCount + 1)", type: "\(relationships)/styles", target: "styles.xml")]
    }

    /// The formats of `XLSXCellStyle`, in its order.
    static let styles: String = {
        var xml = declaration + "<styleSheet xmlns=\"\(main)\">"
        xml += ##"<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0##"/></numFmts>"##
        xml += #"<fonts count="3">"#
        xml += #"<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>"#
        xml += #"<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>"#
        xml += #"<font><b/><sz val="14"/><color rgb="FF1F3864"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>"#
        xml += "</fonts>"
        xml += #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        xml += #"<fill><patternFill patternType="solid"><fgColor rgb="FFDDE5EF"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        xml += #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>"#
        xml += #"<border><left/><right/><top/><bottom style="thin"><color rgb="FF7F8FA6"/></bottom><diagonal/></border></borders>"#
        xml += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        // Numbers are set right with an indent, so that the text of the
        // column after them does not touch them.
        let formats: [String] = XLSXCellStyle.allCases.map { style in
            switch style {
            case .normal: #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            case .header: #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="center"/></xf>"#
            case .grouped: #"<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" vertical="top" indent="1"/></xf>"#
            case .groupedDecimal: #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment horizontal="right" vertical="top" indent="1"/></xf>"#
            case .text: #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>"#
            case .wrappedText: #"<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>"#
            case .plainNumber: #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right" vertical="top" indent="1"/></xf>"#
            case .title: #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
            case .label: #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>"#
            case .numberHeader: #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center" indent="1"/></xf>"#
            }
        }
        xml += "<cellXfs count=\"\(formats.count)\">" + formats.joined() + "</cellXfs>"
        xml += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        return xml + "</styleSheet>"
    }()

    /// The document's title, language and maker; dates only when one is given.
    static func coreProperties(title: String, subject: String, language: String, date: Date?) -> String {
        var xml = declaration
        xml += #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        xml += "<dc:title>\(XLSXText.escaped(title))</dc:title>"
        xml += "<dc:subject>\(XLSXText.escaped(subject))</dc:subject>"
        xml += "<dc:creator>sdgbrief</dc:creator>"
        xml += "<dc:language>\(XLSXText.escaped(language))</dc:language>"
        if let date {
            let stamp = date.formatted(.iso8601)
            xml += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
            xml += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        }
        return xml + "</cp:coreProperties>"
    }

    static func appProperties(sheetNames: [String]) -> String {
        var xml = declaration
        xml += #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
        xml += "<Application>sdgbrief</Application>"
        xml += "<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>\(sheetNames.count)</vt:i4></vt:variant></vt:vector></HeadingPairs>"
        xml += "<TitlesOfParts><vt:vector size=\"\(sheetNames.count)\" baseType=\"lpstr\">"
        xml += sheetNames.map { "<vt:lpstr>\(XLSXText.escaped($0))</vt:lpstr>" }.joined()
        xml += "</vt:vector></TitlesOfParts>"
        return xml + "</Properties>"
    }

    /// `A1` as `$A$1`.
    private static func absoluteReference(_ cell: String) -> String {
        let letters = cell.prefix { $0.isLetter }
        return "$\(letters)$\(cell.dropFirst(letters.count))"
    }
}
