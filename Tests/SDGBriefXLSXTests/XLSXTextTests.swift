import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import SDGBriefXLSX
import Testing

@Suite struct XLSXTextTests {
    @Test func escapesWhatXMLCannotHoldAsItIs() throws {
        let text = "a<b>&\"c\"\r\n\u{1}"
        let escaped = XLSXText.escaped(text)
        #expect(escaped == "a&lt;b&gt;&amp;&quot;c&quot;&#13;\n_x0001_")
        // A real XML parser reads back everything but the one control character.
        let document = try XMLDocument(xmlString: "<t>\(escaped)</t>")
        #expect(document.rootElement()?.stringValue == "a<b>&\"c\"\r\n_x0001_")
    }

    @Test func chineseCountsTwiceAndTheLongestLineCounts() {
        #expect(XLSXText.width("abc") == 3)
        #expect(XLSXText.width("奥里萨邦") == 8)
        #expect(XLSXText.width("，。") == 4)
        #expect(XLSXText.width("短\n长一点的行") == 10)
        #expect(XLSXText.width("") == 0)
    }

    @Test func columnLettersGoPastZ() {
        #expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(XLSXText.columnLetters) == ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"])
    }

    @Test func keepsWhitespaceExcelWouldTrim() {
        #expect(XLSXText.needsPreserve(" a"))
        #expect(XLSXText.needsPreserve("a\nb"))
        #expect(!XLSXText.needsPreserve("a b"))
        #expect(!XLSXText.needsPreserve(""))
    }
}
