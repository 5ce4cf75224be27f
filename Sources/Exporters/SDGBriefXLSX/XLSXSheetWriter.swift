import Foundation
import SDGBriefCore

/// Writes a worksheet's XML a cell at a time into a buffer, handing the
/// buffer on whenever it passes `batchSize`, so that a sheet of a hundred
/// thousand rows never is in memory whole.
///
/// Cells are inline strings (`t="inlineStr"`) or numbers: a spreadsheet never
/// reads an inline string as a number or a formula, so text needs no
/// apostrophe in front, and nothing is shared across the sheet that would
/// have to be held until its end.
final class XLSXSheetWriter {
    static let batchSize = 256 * 1024

    private var buffer: [UInt8] = []
    private let output: ([UInt8]) throws -> Void
    private(set) var row = 0
    private var column = 0
    private var rowLetters: [UInt8] = []

    /// `output` receives the XML in order, in pieces.
    init(output: @escaping ([UInt8]) throws -> Void) {
        self.output = output
        buffer.reserveCapacity(Self.batchSize + 64 * 1024)
    }

    func raw(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// Starts the next row; `height` in points fixes its height, which
    /// spreadsheets otherwise fit to the content.
    func beginRow(height: Double? = nil) {
        row += 1
        column = 0
        rowLetters = Array(String(row).utf8)
        raw("<row r=\"\(row)\"")
        if let height { raw(" ht=\"\(MetricFormatter.plainNumber(height))\" customHeight=\"1\"") }
        raw(">")
    }

    func endRow() throws {
        raw("</row>")
        if buffer.count >= Self.batchSize { try flush() }
    }

    /// Leaves the next cell empty.
    func skip() {
        column += 1
    }

    func text(_ text: String, style: XLSXCellStyle) {
        guard !text.isEmpty else { return skip() }
        beginCell(style: style, inlineString: true)
        raw(XLSXText.needsPreserve(text) ? "<is><t xml:space=\"preserve\">" : "<is><t>")
        XLSXText.appendEscaped(text, to: &buffer)
        raw("</t></is></c>")
    }

    func number(_ value: Double, style: XLSXCellStyle) {
        guard value.isFinite else { return skip() }
        beginCell(style: style, inlineString: false)
        raw("<v>")
        raw(MetricFormatter.plainNumber(value))
        raw("</v></c>")
    }

    /// Hands on what is buffered.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        try output(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func beginCell(style: XLSXCellStyle, inlineString: Bool) {
        raw("<c r=\"")
        raw(XLSXText.columnLetters(column))
        buffer.append(contentsOf: rowLetters)
        raw("\"")
        if style != .normal { raw(" s=\"\(style.rawValue)\"") }
        raw(inlineString ? " t=\"inlineStr\">" : ">")
        column += 1
    }
}
