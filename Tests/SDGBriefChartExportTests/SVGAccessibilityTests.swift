import Foundation
@testable import SDGBriefChartExport
import Testing

@Suite struct SVGAccessibilityTests {
    @Test func insertsRightAfterTheRootElementAndEscapes() {
        let svg = Data("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10px\"><g/></svg>".utf8)
        let result = String(decoding: SVGAccessibility.insert(title: "a<b", description: "\"x\" & 'y'", into: svg), as: UTF8.self)
        #expect(result == "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10px\">\n<title>a&lt;b</title>\n<desc>&quot;x&quot; &amp; &apos;y&apos;</desc><g/></svg>")
    }
}
