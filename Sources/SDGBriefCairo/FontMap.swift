internal import CCairoPango

/// The one owner of a Pango cairo font map. Each engine has its own rather
/// than Pango's per-thread default, so its lifetime is explicit.
final class FontMap {
    let pointer: UnsafeMutablePointer<PangoFontMap>

    init() {
        pointer = pango_cairo_font_map_new()
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}
