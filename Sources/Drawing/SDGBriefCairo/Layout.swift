internal import CCairoPango
import SDGBriefGraphics

/// The one owner of a `PangoLayout`: a text laid out in a style, ready to be
/// measured or drawn.
final class Layout {
    let pointer: OpaquePointer

    init(text: String, style: TextStyle, family: String, context: TextContext) {
        pointer = pango_layout_new(context.pointer)
        // Plain text, never markup: report text may contain "<" or "&".
        pango_layout_set_text(pointer, text, -1)
        let font = FontDescription(family: family, size: style.size, weight: style.weight)
        pango_layout_set_font_description(pointer, font.pointer)

        if let maxWidth = style.maxWidth {
            var width = Int32((maxWidth * Double(PANGO_SCALE)).rounded(.down))
            // Pango 1.50 spreads the leftover of a justified line unevenly when
            // it is a whole number of units per gap; one more unit evens it out.
            if style.alignment == .justify { width += 1 }
            pango_layout_set_width(pointer, width)
            pango_layout_set_wrap(pointer, PANGO_WRAP_WORD_CHAR)
            if let maxLines = style.maxLines, maxLines > 0 {
                pango_layout_set_height(pointer, -Int32(maxLines))
                pango_layout_set_ellipsize(pointer, PANGO_ELLIPSIZE_END)
            }
        }
        switch style.alignment {
        case .left: pango_layout_set_alignment(pointer, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(pointer, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(pointer, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(pointer, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(pointer, 1)
            if style.justifiesLastLine { pango_layout_set_justify_last_line(pointer, 1) }
        }
        if let lineHeight = style.lineHeight {
            let attributes = pango_attr_list_new()
            // An absolute line height makes baseline-to-baseline exactly
            // lineHeight × size, with the leading split above and below.
            pango_attr_list_insert(attributes, pango_attr_line_height_new_absolute(Int32((lineHeight * style.size * Double(PANGO_SCALE)).rounded())))
            pango_layout_set_attributes(pointer, attributes)
            pango_attr_list_unref(attributes)
        }
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    /// Measured once: a cached layout is asked again and again.
    private(set) lazy var metrics: TextMetrics = measure()

    private func measure() -> TextMetrics {
        var ink = PangoRectangle()
        var logical = PangoRectangle()
        pango_layout_get_extents(pointer, &ink, &logical)

        var lines: [LineMetrics] = []
        let iterator = pango_layout_get_iter(pointer)
        defer { pango_layout_iter_free(iterator) }
        repeat {
            var lineLogical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &lineLogical)
            var range: Range<Int>?
            if let line = pango_layout_iter_get_line_readonly(iterator) {
                let start = Int(line.pointee.start_index)
                range = start ..< start + Int(line.pointee.length)
            }
            lines.append(LineMetrics(
                logical: Self.rect(lineLogical),
                baseline: Self.units(pango_layout_iter_get_baseline(iterator)),
                utf8Range: range
            ))
        } while pango_layout_iter_next_line(iterator) != 0

        return TextMetrics(
            logical: Self.rect(logical),
            ink: Self.rect(ink),
            baseline: Self.units(pango_layout_get_baseline(pointer)),
            lines: lines,
            isEllipsized: pango_layout_is_ellipsized(pointer) != 0
        )
    }

    /// The logical box of the character starting at `byteIndex` in the UTF-8 text.
    func characterBox(atByte byteIndex: Int) -> Rect {
        var box = PangoRectangle()
        pango_layout_index_to_pos(pointer, Int32(byteIndex), &box)
        return Self.rect(box)
    }

    private static func units(_ value: Int32) -> Double {
        Double(value) / Double(PANGO_SCALE)
    }

    private static func rect(_ r: PangoRectangle) -> Rect {
        Rect(x: units(r.x), y: units(r.y), width: units(r.width), height: units(r.height))
    }
}
