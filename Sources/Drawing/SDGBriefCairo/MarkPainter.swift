internal import CCairoPango
import Foundation
import SDGBriefGraphics

/// Turns marks into Cairo calls on one context. Shared by every output kind
/// so that an SVG, a PNG and a PDF page of the same drawing agree.
struct MarkPainter {
    let context: DrawingContext
    let engine: TextEngine
    /// PDF link and destination tags; other surfaces have no use for them.
    let writesTags: Bool
    /// Where a PDF's structure tags are recorded, for its post-processing.
    var structureLog: StructureLog? = nil

    private var cr: OpaquePointer { context.pointer }

    func paint(_ drawing: Drawing) throws(RenderError) {
        if let background = drawing.background {
            cairo_save(cr)
            setSource(background)
            cairo_rectangle(cr, 0, 0, drawing.size.width, drawing.size.height)
            cairo_fill(cr)
            cairo_restore(cr)
        }
        try paint(drawing.marks, transform: .identity)
    }

    func paint(_ marks: [Mark], transform: GroupTransform) throws(RenderError) {
        for mark in marks {
            switch mark {
            case .rect(let m):
                roundedRect(m.rect, radius: m.cornerRadius)
                fillAndStroke(fill: m.fill, stroke: m.stroke)
            case .path(let m):
                for element in m.path.elements {
                    switch element {
                    case .move(let p): cairo_move_to(cr, p.x, p.y)
                    case .line(let p): cairo_line_to(cr, p.x, p.y)
                    case .curve(let p, let c1, let c2): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
                    case .close: cairo_close_path(cr)
                    }
                }
                fillAndStroke(fill: m.fill, stroke: m.stroke)
            case .circle(let m):
                cairo_new_sub_path(cr)
                cairo_arc(cr, m.center.x, m.center.y, m.radius, 0, 2 * .pi)
                cairo_close_path(cr)
                fillAndStroke(fill: m.fill, stroke: m.stroke)
            case .line(let m):
                cairo_move_to(cr, m.from.x, m.from.y)
                cairo_line_to(cr, m.to.x, m.to.y)
                fillAndStroke(fill: nil, stroke: m.stroke)
            case .text(let run):
                try engine.requireGlyphs(for: run.text, font: run.style.font)
                let layout = engine.layout(run.text, style: run.style)
                cairo_save(cr)
                setSource(run.style.color)
                cairo_move_to(cr, run.origin.x, run.origin.y)
                pango_cairo_show_layout(cr, layout.pointer)
                cairo_restore(cr)
            case .link(let area):
                guard writesTags else { continue }
                structureLog?.linked(area.spokenDescription)
                try onPage { cairo_tag_begin(cr, CAIRO_TAG_LINK, TagAttributes.link(area, rect: transform.apply(area.rect))); cairo_tag_end(cr, CAIRO_TAG_LINK) }
            case .destination(let destination):
                guard writesTags else { continue }
                let point = transform.apply(destination.point)
                try onPage { cairo_tag_begin(cr, CAIRO_TAG_DEST, TagAttributes.destination(destination.name, at: point)); cairo_tag_end(cr, CAIRO_TAG_DEST) }
            case .group(let group):
                let tag = writesTags ? group.structure : nil
                if let tag {
                    cairo_tag_begin(cr, tag.role.rawValue, nil)
                    structureLog?.began(StructureTagInfo(
                        isFigure: tag.role == .figure, alternativeText: tag.alternativeText ?? "",
                        headerScope: tag.role == .tableHeader ? tag.headerScope?.rawValue ?? "" : nil
                    ))
                }
                defer { if let tag { cairo_tag_end(cr, tag.role.rawValue) } }
                cairo_save(cr)
                cairo_translate(cr, group.offset.x, group.offset.y)
                cairo_scale(cr, group.scale, group.scale)
                if let clip = group.clip {
                    cairo_rectangle(cr, clip.minX, clip.minY, clip.width, clip.height)
                    cairo_clip(cr)
                }
                do {
                    try paint(group.marks, transform: transform.then(group))
                } catch {
                    cairo_restore(cr)
                    throw error
                }
                cairo_restore(cr)
            }
        }
        try context.checkStatus("draw")
    }

    /// Runs tag calls with page coordinates, which is what link rectangles
    /// and destinations are given in regardless of any group transform.
    private func onPage(_ body: () -> Void) throws(RenderError) {
        cairo_save(cr)
        cairo_identity_matrix(cr)
        body()
        cairo_restore(cr)
        try context.checkStatus("write a link or destination")
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    private func roundedRect(_ rect: Rect, radius: Double) {
        let r = min(max(0, radius), rect.width / 2, rect.height / 2)
        guard r > 0 else {
            cairo_rectangle(cr, rect.minX, rect.minY, rect.width, rect.height)
            return
        }
        cairo_new_sub_path(cr)
        cairo_arc(cr, rect.maxX - r, rect.minY + r, r, -.pi / 2, 0)
        cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, .pi / 2)
        cairo_arc(cr, rect.minX + r, rect.maxY - r, r, .pi / 2, .pi)
        cairo_arc(cr, rect.minX + r, rect.minY + r, r, .pi, 3 * .pi / 2)
        cairo_close_path(cr)
    }

    private func fillAndStroke(fill: Color?, stroke: Stroke?) {
        if let fill {
            setSource(fill)
            cairo_fill_preserve(cr)
        }
        if let stroke {
            setSource(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            switch stroke.cap {
            case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
            case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
            }
            stroke.dash.withUnsafeBufferPointer { dashes in
                cairo_set_dash(cr, dashes.baseAddress, Int32(dashes.count), 0)
            }
            cairo_stroke_preserve(cr)
        }
        cairo_new_path(cr)
    }
}
