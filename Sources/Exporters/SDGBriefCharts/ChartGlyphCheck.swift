import SDGBriefCore
import SDGBriefGraphics

/// Refuses text the font cannot draw before anything is laid out, so a chart
/// never shows a fallback box and the user learns which field to fix.
struct ChartGlyphCheck {
    /// A field as the report file names it, and its text.
    typealias Field = (path: String, text: String)

    static func require(_ fields: [Field], measurer: some TextMeasurer) throws {
        for field in fields {
            if let first = measurer.missingCharacters(in: field.text, font: .sans).first {
                throw ExportFailure(
                    .unusableInput,
                    "\(field.path) “\(field.text)” holds \(first), which the chart font cannot draw"
                )
            }
        }
    }

    static func report(_ report: Report, on canvas: ChartCanvas) -> [Field] {
        [("title", canvas.text(report.title))]
    }

    static func city(_ item: Case, on canvas: ChartCanvas) -> Field {
        ("cases[\(item.id)].city", canvas.text(item.city))
    }
}
