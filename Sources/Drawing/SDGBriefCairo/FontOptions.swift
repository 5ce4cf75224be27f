internal import CCairoPango

/// The one owner of a `cairo_font_options_t`.
///
/// Hinting is off in both outlines and metrics so that text lays out the same
/// at any scale: what a layout measures at canvas size is what a 2× PNG, an
/// SVG and a PDF draw. Grey antialiasing because subpixel colour fringes
/// would be baked into PNGs shown on any screen.
struct FontOptions: ~Copyable {
    let pointer: OpaquePointer

    init() {
        pointer = cairo_font_options_create()
        cairo_font_options_set_hint_style(pointer, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(pointer, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(pointer, CAIRO_ANTIALIAS_GRAY)
    }

    deinit { cairo_font_options_destroy(pointer) }
}
