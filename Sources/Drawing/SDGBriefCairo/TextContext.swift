internal import CCairoPango

/// The one owner of a `PangoContext`: the font options and language every
/// layout of one engine shares, for measuring and drawing alike.
final class TextContext {
    let pointer: OpaquePointer
    /// Keeps the font map alive as long as the context that uses it.
    let fontMap: FontMap

    /// `language` is a BCP 47 tag; Pango picks glyph forms and line-breaking rules by it.
    init(fontMap: FontMap, language: String = "zh-cn") {
        self.fontMap = fontMap
        pointer = pango_font_map_create_context(fontMap.pointer)
        let options = FontOptions()
        pango_cairo_context_set_font_options(pointer, options.pointer)
        // Whole-pixel glyph positions would make widths depend on the output's resolution.
        pango_context_set_round_glyph_positions(pointer, 0)
        // Picks Simplified Chinese glyph forms and line-breaking rules for
        // Chinese, or the rules of the edition's language.
        pango_context_set_language(pointer, pango_language_from_string(language == "zh" ? "zh-cn" : language))
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }
}
