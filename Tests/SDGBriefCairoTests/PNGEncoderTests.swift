import CCairoPango
import Foundation
import SDGBriefGraphics
import Testing

@testable import SDGBriefCairo

@Suite struct PNGEncoderTests {
    /// Our encoder and Cairo's own writer, read back by libpng, must give
    /// the same pixels: opaque, transparent and half-covered alike.
    @Test func decodesToTheSamePixelsAsCairosOwnWriter() throws {
        let engine = try TextEngine()
        let drawing = Drawing(size: Size(width: 240, height: 120), marks: [
            .rect(RectMark(Rect(x: 10, y: 10, width: 100, height: 60), cornerRadius: 9, fill: Color(hex: "#E5243B")!)),
            .circle(CircleMark(center: Point(x: 160, y: 60), radius: 40, fill: Color(hex: "#26BDE2")!.withAlpha(0.4))),
            .text(TextRun("城市 SDG", style: TextStyle(size: 24), origin: Point(x: 20, y: 80), measuredBy: PangoTextMeasurer(engine: engine))),
        ])
        let surface = try Surface.image(width: 240, height: 120)
        do {
            let context = try DrawingContext(surface: surface)
            try MarkPainter(context: context, engine: engine, writesTags: false).paint(drawing)
        }
        let ours = try #require(DecodedPNG(try surface.writePNG()))
        let sink = StreamSink()
        #expect(cairo_surface_write_to_png_stream(surface.pointer, StreamSink.write, sink.closure) == CAIRO_STATUS_SUCCESS)
        let cairos = try #require(DecodedPNG(sink.data))
        #expect(ours.width == 240 && ours.height == 120)
        var differing = 0
        for y in 0 ..< 120 {
            for x in 0 ..< 240 where ours.pixel(x: x, y: y) != cairos.pixel(x: x, y: y) {
                differing += 1
            }
        }
        #expect(differing == 0)
        #expect(ours.pixel(x: 50, y: 40) == (229, 36, 59, 255))
    }

    /// A zlib failure is named as one, not as a caller's mistake: zlib
    /// refuses level 42, as it would refuse to start without memory.
    @Test func reportsAZlibFailureAsACompressionError() throws {
        let surface = try Surface.image(width: 8, height: 8)
        #expect(throws: RenderError.compression("zlib could not start compressing")) {
            try PNGEncoder.encode(surface.pointer, level: 42)
        }
    }

    @Test func aChartCompressesWell() throws {
        let renderer = try CairoRenderer()
        let drawing = Drawing(size: Size(width: 1920, height: 1080), background: .white, marks: [
            .rect(RectMark(Rect(x: 100, y: 200, width: 300, height: 400), fill: Color(hex: "#E5243B")!)),
        ])
        let png = try renderer.renderPNG(drawing, scale: 2)
        // 3840×2160 RGBA is 33 MB raw; flat colour must shrink to almost nothing.
        #expect(png.count < 200_000)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
