@testable import SDGBriefText
import Testing

@Suite struct EastAsianWidthTests {
    @Test func wideAndFullwidthCountTwoColumns() {
        #expect(EastAsianWidth.columns(of: "城市") == 4)
        #expect(EastAsianWidth.columns(of: "（，）") == 6)
        #expect(EastAsianWidth.columns(of: "abc 1,000") == 9)
        #expect(EastAsianWidth.columns(of: "ＡＢ") == 4)
        #expect(EastAsianWidth.columns(of: "e\u{301}") == 1)
        #expect(EastAsianWidth.columns(of: "한국") == 4)
        #expect(EastAsianWidth.columns(of: "𠀀") == 2)
    }

    @Test func cjkPunctuationIsWideAndAmbiguousIsNarrow() {
        for mark in ["，", "。", "、", "「", "」", "（", "）", "％", "\u{3000}"] {
            #expect(EastAsianWidth.columns(of: Character(mark)) == 2, "\(mark)")
        }
        // Ambiguous width: one column, as wcwidth counts it outside CJK locales.
        for mark in ["“", "”", "…", "·"] {
            #expect(EastAsianWidth.columns(of: Character(mark)) == 1, "\(mark)")
        }
    }

    @Test func controlAndJoinersTakeNoColumn() {
        #expect(EastAsianWidth.columns(of: Unicode.Scalar(0x0A)!) == 0)
        #expect(EastAsianWidth.columns(of: Unicode.Scalar(0x200B)!) == 0)
        #expect(EastAsianWidth.columns(of: Unicode.Scalar(0x0301)!) == 0)
    }

    @Test func rangesAreSortedAndDisjointForTheBinarySearch() {
        for table in [EastAsianWidth.wideRanges, EastAsianWidth.zeroWidthRanges] {
            for (a, b) in zip(table, table.dropFirst()) {
                #expect(a.upperBound < b.lowerBound, "\(a) before \(b)")
            }
        }
    }
}
