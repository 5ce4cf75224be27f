import Foundation
import SDGBriefCore
@testable import SDGBriefPDF
import SDGBriefTestSupport
import Testing

@Suite struct LatinInChineseTests {
    @Test func spacesBecomeSpacesJustificationDoesNotStretch() {
        let out = LatinInChinese.prepare("制定了 Eco-efficiency Ordinance 条例")
        #expect(!out.contains(" "))
        #expect(out == "制定了\u{2005}Eco-efficiency\u{2005}Ordinance\u{2005}条例")
    }

    @Test func urlsMayBreakAfterTheirSeparators() {
        let out = LatinInChinese.prepare("见 https://example.org/a-b/c.pdf 。")
        #expect(out.contains("https://\u{200B}example"), "\(out.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(out.contains("example.\u{200B}org/\u{200B}a-\u{200B}b/\u{200B}c.\u{200B}pdf"))
        // What a reader copies is the URL once the invisible breaks are dropped.
        #expect(out.replacingOccurrences(of: "\u{200B}", with: "").contains("https://example.org/a-b/c.pdf"))
    }

    @Test func aLongWordWithoutSeparatorsMayBreakEveryFewLetters() {
        let word = String(repeating: "abcdefghij", count: 3)
        let out = LatinInChinese.prepare("名为 \(word)，")
        #expect(out.unicodeScalars.filter { $0 == LatinInChinese.breakOpportunity }.count == 4)
        #expect(out.replacingOccurrences(of: "\u{200B}", with: "").contains(word))
        #expect(LatinInChinese.prepare("短词 word 不变") == "短词\u{2005}word\u{2005}不变")
    }

    @Test func chineseWithoutSpacesIsUntouched() {
        let text = "城市之间的伙伴关系推动可持续发展目标在地方落实。"
        #expect(LatinInChinese.prepare(text) == text)
    }

    /// In the printed brief the words of a Latin phrase keep a word space
    /// between them however the line is justified.
    @Test func aJustifiedLineKeepsLatinWordsCloseTogether() throws {
        let (directory, path) = try BriefFixture.write(try BriefFixture.pdf(try ExtremeReport.report(), options: ExportOptions(date: BriefFixture.fixedDate)))
        defer { try? FileManager.default.removeItem(at: directory) }
        let words = try PDFWord.read(path)
        let phrase = ["Ordinance", "for", "Sustainable", "Urban"]
        let found = phrase.compactMap { text in words.first { $0.text == text } }
        try #require(found.count == phrase.count, "\(words.filter { $0.text.contains("Ordinance") }.map(\.text))")
        for (a, b) in zip(found, found.dropFirst()) where abs(a.yMax - b.yMax) < 1 {
            // A word space of the 10 pt body is about 2.5 pt; Pango widened them to over 8.
            #expect(b.xMin - a.xMax < 4, "“\(a.text)” and “\(b.text)” are \(b.xMin - a.xMax) pt apart")
        }
    }
}
