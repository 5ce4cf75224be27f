internal import CCairoPango

/// The one owner of a `cairo_t`. Holds its surface too, so the surface
/// cannot be finished away under a context that still draws.
final class DrawingContext {
    let pointer: OpaquePointer
    let surface: Surface

    init(surface: Surface) throws(RenderError) {
        self.surface = surface
        pointer = cairo_create(surface.pointer)
        try checkStatus("create a drawing context")
    }

    deinit { cairo_destroy(pointer) }

    func scale(by factor: Double) {
        cairo_scale(pointer, factor, factor)
    }

    func checkStatus(_ operation: String) throws(RenderError) {
        try CairoStatus.check(cairo_status(pointer), operation)
    }
}
