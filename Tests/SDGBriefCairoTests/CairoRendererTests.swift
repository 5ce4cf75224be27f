import Foundation
import SDGBriefTestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif
import SDGBriefCairo
import SDGBriefGraphics
import Testing

@Suite struct CairoRendererTests {
    let renderer: CairoRenderer
    static let sdgRed = Color(hex: "#E5243B")!

    init() throws {
        renderer = try CairoRenderer()
    }

    private func chart(title: String = "可持续发展目标") -> Drawing {
        Drawing(size: Size(width: 1920, height: 1080), background: .white, marks: [
            .rect(RectMark(Rect(x: 100, y: 200, width: 300, height: 400), cornerRadius: 12, fill: Self.sdgRed)),
            .circle(CircleMark(center: Point(x: 800, y: 500), radius: 80, fill: Color(hex: "#26BDE2"), stroke: Stroke(color: .black, width: 3))),
            .line(LineMark(from: Point(x: 0, y: 900), to: Point(x: 1920, y: 900), stroke: Stroke(color: .black, dash: [8, 4]))),
            .text(TextRun(title, style: TextStyle(size: 48, weight: .bold), origin: Point(x: 100, y: 60), measuredBy: renderer.measurer)),
        ])
    }

    @Test func svgIsWellFormedAndSizedInPixels() throws {
        let svg = try renderer.renderSVG(chart())
        let document = try XMLDocument(data: svg)
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        // swift-corelibs' attribute(forName:) misses attributes of an element
        // in a default namespace, so look through the list.
        func attribute(_ name: String) -> String? {
            root.attributes?.first { $0.name == name }?.stringValue
        }
        #expect(attribute("width") == "1920px")
        #expect(attribute("height") == "1080px")
        #expect(attribute("viewBox") == "0 0 1920 1080")
    }

    @Test func svgBytesDoNotDependOnWhatTheProcessDrewBefore() throws {
        let first = try renderer.renderSVG(chart())
        _ = try renderer.renderSVG(chart(title: "另一个图表"))
        _ = try renderer.renderPNG(chart(), scale: 0.5)
        _ = try CairoRenderer().renderSVG(chart(title: "第三个"))
        let again = try renderer.renderSVG(chart())
        #expect(first == again)
        #expect(String(decoding: again, as: UTF8.self).contains("id=\"surface1\""))
    }

    @Test func svgRendersAsDrawnInAnotherProgram() throws {
        let directory = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let svgURL = directory.appendingPathComponent("chart.svg")
        let pngURL = directory.appendingPathComponent("chart.png")
        try renderer.renderSVG(chart()).write(to: svgURL)
        let rsvg = try ExternalTool.run("rsvg-convert", ["-o", pngURL.path, svgURL.path])
        try #require(rsvg.status == 0, "\(rsvg.errorText)")
        let png = try #require(DecodedPNG(try Data(contentsOf: pngURL)))
        #expect(png.width == 1920 && png.height == 1080)
        #expect(png.pixel(x: 250, y: 400) == (0xE5, 0x24, 0x3B, 255))
    }

    @Test(arguments: [(1.0, 1920, 1080), (2.0, 3840, 2160), (0.5, 960, 540)])
    func pngHeaderGivesTheCanvasTimesScale(scale: Double, width: Int, height: Int) throws {
        let png = try renderer.renderPNG(chart(), scale: scale)
        let bytes = [UInt8](png.prefix(24))
        #expect(bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(String(decoding: bytes[12 ..< 16], as: UTF8.self) == "IHDR")
        func bigEndian(_ slice: ArraySlice<UInt8>) -> Int { slice.reduce(0) { $0 << 8 | Int($1) } }
        #expect(bigEndian(bytes[16 ..< 20]) == width)
        #expect(bigEndian(bytes[20 ..< 24]) == height)
    }

    @Test func pngHasTheFillColourInsideARectAndTheBackgroundOutside() throws {
        let png = try #require(DecodedPNG(try renderer.renderPNG(chart(), scale: 2)))
        #expect(png.pixel(x: 500, y: 800) == (0xE5, 0x24, 0x3B, 255))
        #expect(png.pixel(x: 1000, y: 1400) == (255, 255, 255, 255))
        let transparent = Drawing(size: Size(width: 10, height: 10), marks: [.rect(RectMark(Rect(x: 0, y: 0, width: 5, height: 10), fill: Self.sdgRed))])
        let small = try #require(DecodedPNG(try renderer.renderPNG(transparent)))
        #expect(small.pixel(x: 2, y: 5) == (0xE5, 0x24, 0x3B, 255))
        #expect(small.pixel(x: 7, y: 5).alpha == 0)
    }

    @Test func groupsAreMovedScaledAndClipped() throws {
        let group = MarkGroup(offset: Point(x: 10, y: 10), scale: 0.5, clip: Rect(x: 0, y: 0, width: 20, height: 20),
                              marks: [.rect(RectMark(Rect(x: 0, y: 0, width: 40, height: 40), fill: Self.sdgRed))])
        let png = try #require(DecodedPNG(try renderer.renderPNG(Drawing(size: Size(width: 40, height: 40), marks: [.group(group)]))))
        #expect(png.pixel(x: 15, y: 15).alpha == 255)
        #expect(png.pixel(x: 25, y: 15).alpha == 0)
        #expect(png.pixel(x: 5, y: 5).alpha == 0)
    }

    /// The font has one weight; bold is synthesised and must show in every output.
    @Test func boldTextCarriesMoreInkInPNGAndSVG() throws {
        func drawing(_ weight: FontWeight) -> Drawing {
            Drawing(size: Size(width: 500, height: 80), marks: [
                .text(TextRun("伙伴关系 Bold 17", style: TextStyle(size: 40, weight: weight), origin: Point(x: 10, y: 10), measuredBy: renderer.measurer)),
            ])
        }
        func inkInPNG(_ data: Data) throws -> Int {
            let png = try #require(DecodedPNG(data))
            var total = 0
            for y in 0 ..< png.height { for x in 0 ..< png.width { total += png.pixel(x: x, y: y).alpha } }
            return total
        }
        func inkInSVG(_ data: Data) throws -> Int {
            let directory = try ExternalTool.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            let svgURL = directory.appendingPathComponent("t.svg")
            try data.write(to: svgURL)
            let rsvg = try ExternalTool.run("rsvg-convert", [svgURL.path])
            try #require(rsvg.status == 0)
            return try inkInPNG(rsvg.output)
        }
        let regularPNG = try inkInPNG(renderer.renderPNG(drawing(.regular)))
        let boldPNG = try inkInPNG(renderer.renderPNG(drawing(.bold)))
        #expect(Double(boldPNG) > 1.15 * Double(regularPNG))
        let regularSVG = try inkInSVG(renderer.renderSVG(drawing(.regular)))
        let boldSVG = try inkInSVG(renderer.renderSVG(drawing(.bold)))
        #expect(Double(boldSVG) > 1.15 * Double(regularSVG))
    }

    @Test func textTheFontCannotDrawIsAnErrorNotATofuBox() throws {
        var drawing = chart()
        drawing.append(.text(TextRun("气候行动 \u{1F600}", style: TextStyle(size: 24), origin: Point(x: 10, y: 10), measuredBy: renderer.measurer)))
        #expect {
            _ = try renderer.renderPNG(drawing)
        } throws: { error in
            guard case let .missingGlyphs(_, _, characters) = error as? RenderError else { return false }
            return characters.map(\.codePoint) == ["U+1F600"]
        }
    }

    @Test func sizesNoSurfaceCanHaveAreRejected() {
        #expect(throws: RenderError.self) { try renderer.renderSVG(Drawing(size: .zero)) }
        #expect(throws: RenderError.self) { try renderer.renderPNG(Drawing(size: Size(width: 20000, height: 10)), scale: 2) }
    }

    /// Every handle has one owner that frees it; drawing many times must not
    /// keep growing the process. Other tests run in parallel and allocate
    /// too, but only a leak grows the process in every round, so the
    /// smallest growth of six rounds is what counts.
    @Test func repeatedRenderingDoesNotLeak() throws {
        func residentKiB() throws -> Int {
            let statm = try String(contentsOfFile: "/proc/self/statm", encoding: .utf8)
            return (Int(statm.split(separator: " ")[1]) ?? 0) * 4
        }
        var drawing = Drawing(size: Size(width: 400, height: 300), background: .white)
        for i in 0 ..< 10 {
            drawing.append(.text(TextRun("目标 \(i) 伙伴关系", style: TextStyle(size: 14), origin: Point(x: 10, y: Double(i) * 25), measuredBy: renderer.measurer)))
        }
        for _ in 0 ..< 50 { _ = try renderer.renderSVG(drawing); _ = try renderer.renderPNG(drawing) }
        var growths: [Int] = []
        for _ in 0 ..< 6 {
            let before = try residentKiB()
            for _ in 0 ..< 300 { _ = try renderer.renderSVG(drawing); _ = try renderer.renderPNG(drawing) }
            growths.append(try residentKiB() - before)
        }
        #expect(growths.min()! < 2048, "resident memory grew by \(growths) KiB per round")
    }
}
