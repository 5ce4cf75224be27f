import SDGBriefCore
import SDGBriefGraphics

/// Each case's partners counted by sector, as one stacked horizontal bar per
/// case: the report's theme, SDG 17, made visible.
public struct PartnersChart: Chart {
    public let id = "partners"

    public init() {}

    /// Partner counts per known sector in `Sector.known` order, then any other sector.
    public static func counts(_ item: Case) -> [(sector: Sector, count: Int)] {
        let others = item.partners.map(\.sector).filter { !$0.isKnown }
        var sectors = Sector.known
        for sector in others where !sectors.contains(sector) { sectors.append(sector) }
        return sectors.map { sector in (sector, item.partners.filter { $0.sector == sector }.count) }
            .filter { $0.count > 0 || $0.sector.isKnown }
    }

    public func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing {
        var fields = ChartGlyphCheck.report(report, on: canvas) + report.cases.map { ChartGlyphCheck.city($0, on: canvas) }
        for item in report.cases {
            for (index, partner) in item.partners.enumerated() where !partner.sector.isKnown {
                fields.append(("cases[\(item.id)].partners[\(index)].sector", canvas.words.sectorName(partner.sector)))
            }
        }
        try ChartGlyphCheck.require(fields, measurer: measurer)
        let pen = ChartPen(measurer: measurer, palette: ChartPalette(canvas.theme))
        let total = report.cases.reduce(0) { $0 + $1.partners.count }
        var frame = ChartFrame(
            title: title(report, on: canvas), subtitle: canvas.words.chart.partnersSubtitle(report.cases.count, total), report: report, canvas: canvas, pen: pen
        )
        // The legend names only sectors some case has: a key to colours the chart never shows is noise.
        let present = Set(report.cases.flatMap { $0.partners.map(\.sector) })
        let sectors = Sector.known.filter(present.contains) + present.filter { !$0.isKnown }.sorted { $0.rawValue < $1.rawValue }
        let legend = ChartLegend(items: sectors.map { (.solid(ChartPalette.sector($0)), canvas.words.sectorName($0)) }).layout(in: frame.plot, pen: pen)
        frame.append(contentsOf: legend.marks)

        let area = Rect(x: frame.plot.minX, y: frame.plot.minY + legend.height + 28, width: frame.plot.width, height: frame.plot.height - legend.height - 28)
        let rows = ChartRows(count: report.cases.count, height: area.height, minimum: pen.lineHeight(ChartFontSize.label) + 12, maximum: 200)
        let nameSize = ChartFontSize.label
        let nameWidth = min(report.cases.map { pen.width(canvas.text($0.city), nameSize) }.max() ?? 0, area.width * 0.28)
        let barX = area.minX + nameWidth + 24
        let maxTotal = max(1, report.cases.map(\.partners.count).max() ?? 1)
        let valueWidth = pen.width(String(maxTotal), nameSize, weight: .bold) + 20
        let unit = (area.maxX - valueWidth - barX) / Double(maxTotal)
        let barHeight = min(rows.rowHeight * 0.64, 88)

        for (index, item) in report.cases.prefix(rows.shown).enumerated() {
            let midY = area.minY + (Double(index) + 0.5) * rows.rowHeight
            frame.append(pen.run(canvas.text(item.city), pen.style(nameSize, maxWidth: nameWidth), x: area.minX, midY: midY))
            var x = barX
            for (sector, count) in Self.counts(item) where count > 0 {
                let width = unit * Double(count)
                // A 2 px gap, not a line in the background colour, keeps segments
                // apart on a transparent canvas too.
                let last = x + width >= barX + unit * Double(item.partners.count) - 0.01
                let rect = Rect(x: x, y: midY - barHeight / 2, width: max(1, width - (last ? 0 : 2)), height: barHeight)
                frame.append(.rect(pen.palette.dataRect(rect, fill: ChartPalette.sector(sector))))
                let label = String(count)
                let light = sector == .public || sector == .civil
                let style = pen.style(ChartFontSize.small, weight: .bold, color: light ? .white : Color(hex: "#1B1F24")!, alignment: .center, maxWidth: width)
                if pen.width(label, ChartFontSize.small, weight: .bold) + 12 <= width, count > 1 || width >= 40 {
                    frame.append(pen.run(label, style, x: x, midY: midY))
                }
                x += width
            }
            frame.append(pen.run(String(item.partners.count), pen.style(nameSize, weight: .bold), x: x + 12, midY: midY))
        }
        if let note = rows.note(canvas.words.chart) {
            let midY = area.minY + (Double(rows.shown) + 0.5) * rows.rowHeight
            frame.append(pen.run(note, pen.style(ChartFontSize.small, color: pen.palette.secondaryText, maxWidth: area.width), x: area.minX, midY: midY))
        }
        return frame.drawing
    }

    public func hasData(_ report: Report, on canvas: ChartCanvas) -> Bool {
        report.cases.contains { !$0.partners.isEmpty }
    }

    public func altText(_ report: Report, on canvas: ChartCanvas) -> String {
        let words = canvas.words
        let parts = report.cases.lazy.map { item in
            words.chart.partnersAltItem(
                canvas.text(item.city), item.partners.count,
                Self.counts(item).filter { $0.count > 0 }.map { (words.sectorName($0.sector), $0.count) }
            )
        }
        return AltText.sentences([words.chart.partnersAlt, AltText.sentence(parts, count: report.cases.count, words: words)], words: words)
    }
}
