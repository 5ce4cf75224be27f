import SDGBriefCore
import SDGBriefGraphics

/// The cases grouped by the award or awards they won: one card per group,
/// with the count large and the cities listed under it.
public struct AwardsChart: Chart {
    public let id = "awards"

    public init() {}

    public struct Group: Sendable, Hashable {
        /// Award ids in the report's order; empty for cases without an award.
        public var awards: [String]
        public var label: String
        public var cases: [Case]
    }

    /// Single awards first in the report's order, then combinations, then
    /// cases without an award; empty groups are left out.
    public static func groups(_ report: Report, on canvas: ChartCanvas = ChartCanvas(.widescreen)) -> [Group] {
        let order = report.awards.map(\.id)
        func key(_ item: Case) -> [String] {
            order.filter { item.awards.contains($0) } + Set(item.awards).subtracting(order).sorted()
        }
        var keys: [[String]] = []
        for item in report.cases where !keys.contains(key(item)) { keys.append(key(item)) }
        keys.sort { a, b in
            if a.isEmpty != b.isEmpty { return !a.isEmpty }
            if a.count != b.count { return a.count < b.count }
            return a.map { order.firstIndex(of: $0) ?? order.count }.lexicographicallyPrecedes(b.map { order.firstIndex(of: $0) ?? order.count })
        }
        return keys.map { awards in
            let names = awards.map { id in report.award(id: id).map { canvas.text($0.shortName) } ?? id }
            let label = awards.isEmpty ? canvas.words.chart.noAward : awards.count == 1 ? names[0] : canvas.words.chart.jointAward(names)
            return Group(awards: awards, label: label, cases: report.cases.filter { key($0) == awards })
        }
    }

    public func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing {
        let awardFields = report.awards.map { ChartGlyphCheck.Field("awards[\($0.id)].shortName", canvas.text($0.shortName)) }
        try ChartGlyphCheck.require(ChartGlyphCheck.report(report, on: canvas) + awardFields + report.cases.map { ChartGlyphCheck.city($0, on: canvas) }, measurer: measurer)
        let pen = ChartPen(measurer: measurer, palette: ChartPalette(canvas.theme))
        let groups = Self.groups(report, on: canvas)
        var frame = ChartFrame(
            title: title(report, on: canvas), subtitle: canvas.words.chart.awardsSubtitle(report.cases.count), report: report, canvas: canvas, pen: pen
        )
        guard !groups.isEmpty else { return frame.drawing }
        let gap = 28.0
        let count = Double(groups.count)
        let cardWidth = (frame.plot.width - gap * (count - 1)) / count
        let accents = [ChartPalette.sector(.public), ChartPalette.sector(.private), ChartPalette.sector(.civil), ChartPalette.sector(.academic), ChartPalette.sector(.international)]
        let padding = 28.0

        // Cards take the plot's height, whatever the number of cases: the
        // count grows with the room, so three cases fill a slide as eight do.
        let cardHeight = frame.plot.height
        let lineHeight = pen.lineHeight(ChartFontSize.label) * 1.25
        let numberSize = min(200, max(96, cardHeight * 0.24), cardWidth * 0.5)
        for (index, group) in groups.enumerated() {
            let card = Rect(x: frame.plot.minX + Double(index) * (cardWidth + gap), y: frame.plot.minY, width: cardWidth, height: cardHeight)
            let accent = accents[index % accents.count]
            frame.append(.rect(RectMark(card, cornerRadius: 12, fill: pen.palette.panel)))
            frame.append(.rect(pen.palette.dataRect(Rect(x: card.minX, y: card.minY, width: card.width, height: 12), cornerRadius: 4, fill: accent)))
            let inner = card.width - 2 * padding
            let header = pen.run(group.label, pen.style(ChartFontSize.label + 4, weight: .bold, maxWidth: inner, maxLines: 2), at: Point(x: card.minX + padding, y: card.minY + 36))
            frame.append(header)
            let number = pen.run(String(group.cases.count), pen.style(numberSize, weight: .bold, color: pen.palette.visible(accent)), at: Point(x: card.minX + padding, y: header.extent.maxY + 8))
            frame.append(number)
            let unitStyle = pen.style(ChartFontSize.label, color: pen.palette.secondaryText, maxWidth: max(1, card.maxX - padding - number.extent.maxX - 10))
            let unit = pen.fitted(canvas.words.chart.casesUnit(group.cases.count), unitStyle)
            let unitMetrics = unit.metrics
            frame.append(.text(TextRun(unit.text, style: unitStyle, origin: Point(x: number.extent.maxX + 10, y: number.baseline - unitMetrics.baseline), metrics: unitMetrics)))

            let listTop = number.extent.maxY + 24
            frame.append(.line(LineMark(from: Point(x: card.minX + padding, y: listTop - 12), to: Point(x: card.maxX - padding, y: listTop - 12), stroke: Stroke(color: pen.palette.grid, width: 2))))
            let listHeight = card.maxY - padding - listTop
            let size = ChartFontSize.label
            let lines = max(1, Int((listHeight / lineHeight).rounded(.down)))
            let names = group.cases.map { canvas.text($0.city) }
            let fitsOnePerLine = names.count <= lines && names.allSatisfy { pen.width($0, size) <= inner }
            let text = fitsOnePerLine ? names.joined(separator: "\n") : names.joined(separator: canvas.words.listSeparator)
            var style = pen.style(size, maxWidth: inner, maxLines: lines)
            style.lineHeight = 1.25 * pen.lineHeight(size) / size
            frame.append(pen.run(text, style, at: Point(x: card.minX + padding, y: listTop)))
        }
        return frame.drawing
    }

    public func hasData(_ report: Report, on canvas: ChartCanvas) -> Bool {
        report.cases.contains { !$0.awards.isEmpty }
    }

    public func altText(_ report: Report, on canvas: ChartCanvas) -> String {
        let words = canvas.words
        let parts = Self.groups(report, on: canvas).map { group in
            words.chart.awardsAltItem(group.label, group.cases.count, AltText.names(group.cases.lazy.map { canvas.text($0.city) }, count: group.cases.count, words: words))
        }
        return AltText.sentences([words.chart.awardsAlt(report.cases.count), AltText.sentence(parts, count: parts.count, unit: .groups, words: words)], words: words)
    }
}
