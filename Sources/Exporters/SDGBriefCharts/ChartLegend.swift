import SDGBriefGraphics

/// A row of swatches with labels, wrapped onto more rows when the canvas is narrow.
struct ChartLegend {
    enum Swatch {
        case solid(Color)
        /// A lighter fill with a full-strength edge: "related" next to "primary".
        case light(Color)
        /// An outline only.
        case ring(Color)
        case dot(Color)
    }

    var items: [(swatch: Swatch, label: String)]
    /// The labels' size in px; the map sets it for a larger text floor.
    var textSize = ChartFontSize.small + 2

    /// The marks and the height they take, starting at the top-left of `area`.
    func layout<M: TextMeasurer>(in area: Rect, pen: ChartPen<M>) -> (marks: [Mark], height: Double) {
        let size = textSize
        let box = size * 0.9
        let gap = 40.0
        let lineHeight = pen.lineHeight(size)
        var x = area.minX
        var y = area.minY
        var marks: [Mark] = []
        for item in items {
            let style = pen.style(size, color: pen.palette.secondaryText, maxWidth: area.width - box - 12)
            let textWidth = pen.measure(item.label, style).logical.width
            let itemWidth = box + 12 + textWidth
            if x > area.minX, x + itemWidth > area.maxX {
                x = area.minX
                y += lineHeight + 8
            }
            let swatch = Rect(x: x, y: y + (lineHeight - box) / 2, width: box, height: box)
            marks.append(Self.mark(item.swatch, in: swatch, palette: pen.palette))
            marks.append(.text(pen.run(item.label, style, x: x + box + 12, midY: y + lineHeight / 2)))
            x += itemWidth + gap
        }
        return (marks, y + lineHeight - area.minY)
    }

    static func mark(_ swatch: Swatch, in rect: Rect, palette: ChartPalette) -> Mark {
        switch swatch {
        case .solid(let color):
            return .rect(palette.dataRect(rect, cornerRadius: 3, fill: color))
        case .light(let color):
            return .rect(RectMark(rect.insetBy(dx: 2, dy: 2), cornerRadius: 3, fill: color.withAlpha(0.35), stroke: Stroke(color: palette.visible(color), width: 4)))
        case .ring(let color):
            return .rect(RectMark(rect.insetBy(dx: 2.5, dy: 2.5), cornerRadius: 3, stroke: Stroke(color: palette.visible(color), width: 5)))
        case .dot(let color):
            return .circle(palette.dataDot(center: rect.center, radius: rect.width / 2, fill: color))
        }
    }
}
