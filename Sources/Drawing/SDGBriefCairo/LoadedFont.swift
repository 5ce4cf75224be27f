internal import CCairoPango

/// The one owner of a `PangoFont`: the concrete font Pango picked for a
/// description, which tells whether it is the one asked for and which
/// characters it covers.
final class LoadedFont {
    let pointer: UnsafeMutablePointer<PangoFont>

    init?(description: FontDescription, context: TextContext) {
        guard let font = pango_font_map_load_font(context.fontMap.pointer, context.pointer, description.pointer) else { return nil }
        pointer = font
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    var family: String {
        FontDescription(owning: pango_font_describe(pointer)).family
    }

    func hasGlyph(for scalar: Unicode.Scalar) -> Bool {
        pango_font_has_char(pointer, scalar.value) != 0
    }
}
