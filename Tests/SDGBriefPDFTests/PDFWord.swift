import Foundation
import SDGBriefTestSupport

/// A word as `pdftotext -bbox` places it, in points from the page's top-left.
struct PDFWord {
    var page: Int
    var text: String
    var xMin: Double, yMin: Double, xMax: Double, yMax: Double

    /// Every word of every page, 1-based pages.
    static func read(_ path: String) throws -> [PDFWord] {
        let html = try ExternalTool.run("pdftotext", ["-bbox", path, "-"]).text
        var words: [PDFWord] = []
        var page = 0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            guard line.contains("<word ") else { continue }
            func number(_ key: String) -> Double {
                guard let range = line.range(of: "\(key)=\"") else { return .nan }
                return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? .nan
            }
            let text = line.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) } ?? ""
            words.append(PDFWord(page: page, text: text, xMin: number("xMin"), yMin: number("yMin"), xMax: number("xMax"), yMax: number("yMax")))
        }
        return words
    }
}
