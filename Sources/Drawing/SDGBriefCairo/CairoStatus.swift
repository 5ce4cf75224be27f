internal import CCairoPango

/// Turns Cairo's sticky error codes into thrown errors.
enum CairoStatus {
    static func check(_ status: cairo_status_t, _ operation: String) throws(RenderError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw RenderError.cairo(operation: operation, message: String(cString: cairo_status_to_string(status)))
    }
}
