internal import CCairoPango
import SDGBriefGraphics

/// The one owner of a `PangoFontDescription`.
final class FontDescription {
    let pointer: OpaquePointer

    /// `size` is set as an absolute size in canvas units, so Pango's 96-dpi
    /// assumption for point sizes never applies.
    init(family: String, size: Double, weight: FontWeight) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, family)
        pango_font_description_set_absolute_size(pointer, size * Double(PANGO_SCALE))
        pango_font_description_set_weight(pointer, weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
    }

    /// Takes over a description Pango handed to the caller.
    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit { pango_font_description_free(pointer) }

    var family: String {
        pango_font_description_get_family(pointer).map { String(cString: $0) } ?? ""
    }
}
