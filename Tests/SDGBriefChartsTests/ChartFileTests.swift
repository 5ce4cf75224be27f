import SDGBriefCharts
import Testing

@Suite struct ChartFileTests {
    @Test func aDocumentLinksSVGWhenWrittenElsePNGElseNothing() {
        #expect(ChartFile.linkedImage(amongFormats: ["png", "markdown", "svg"]) == .svg)
        #expect(ChartFile.linkedImage(amongFormats: ["markdown", "png"]) == .png)
        #expect(ChartFile.linkedImage(amongFormats: ["markdown", "pdf", "pptx"]) == nil)
        #expect(ChartFile.linkedImage(amongFormats: []) == nil)
    }

    /// The extensions are the files' own; the alt text is never an image.
    @Test func extensionsAreThoseOfTheFiles() {
        #expect(ChartFile.allCases.map(\.rawValue) == ["svg", "png", "alt.txt"])
        #expect(!ChartFile.images.contains(.altText))
    }
}
