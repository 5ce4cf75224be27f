internal import CCairoPango
import Foundation

/// The one owner of a `cairo_surface_t`, and of the sink a stream surface
/// writes into: the sink must outlive the surface, which may still write
/// when it is destroyed.
final class Surface {
    let pointer: OpaquePointer
    let sink: StreamSink?

    private init(_ pointer: OpaquePointer, sink: StreamSink?, operation: String) throws(RenderError) {
        self.pointer = pointer
        self.sink = sink
        try CairoStatus.check(cairo_surface_status(pointer), operation)
    }

    deinit { cairo_surface_destroy(pointer) }

    /// Surface-level calls (PDF page size, labels, outline) record their
    /// errors on the surface, not on a drawing context that draws into it.
    func checkStatus(_ operation: String) throws(RenderError) {
        try CairoStatus.check(cairo_surface_status(pointer), operation)
    }

    static func image(width: Int, height: Int) throws(RenderError) -> Surface {
        try Surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)), sink: nil, operation: "create a \(width)×\(height) image")
    }

    static func svg(width: Double, height: Double) throws(RenderError) -> Surface {
        let sink = StreamSink()
        let surface = try Surface(cairo_svg_surface_create_for_stream(StreamSink.write, sink.closure, width, height), sink: sink, operation: "create an SVG surface")
        // Cairo 1.16 defaults to pt, which makes a 1920-unit canvas 2560 px wide in browsers.
        cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PX)
        return surface
    }

    static func pdf(width: Double, height: Double, forward: ((UnsafeRawBufferPointer) -> Bool)? = nil) throws(RenderError) -> Surface {
        let sink = StreamSink(forward: forward)
        return try Surface(cairo_pdf_surface_create_for_stream(StreamSink.write, sink.closure, width, height), sink: sink, operation: "create a PDF surface")
    }

    /// Completes a stream surface and returns everything it wrote.
    func finish() throws(RenderError) -> Data {
        cairo_surface_finish(pointer)
        try CairoStatus.check(cairo_surface_status(pointer), "finish the output")
        return sink?.data ?? Data()
    }

    func writePNG() throws(RenderError) -> Data {
        try CairoStatus.check(cairo_surface_status(pointer), "draw the image")
        return try PNGEncoder.encode(pointer)
    }
}
