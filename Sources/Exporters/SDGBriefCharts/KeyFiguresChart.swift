import SDGBriefCore
import SDGBriefGraphics

/// Headline figures as big numbers, one card per case, with the figure's
/// qualifier and unit beside the number and its label and city beneath.
public struct KeyFiguresChart: Chart {
    public let id = "key-figures"

    public init() {}

    /// The headline rule: for each case, the last figure the report states
    /// that is a result rather than context, that is, not the city's
    /// population (`population…` ids), not a duration or a year (unit
    /// `year`), not a count of the cities or countries taking part, and not a
    /// projection. Case texts set out the situation first and close with
    /// what the practice achieved, so the last such figure is its outcome.
    /// Cases without such a figure have no card.
    public static func headline(for item: Case) -> Metric? {
        item.figures.last { metric in
            !metric.id.hasPrefix("population") && ![MetricUnit.year, .city, .country].contains(metric.unit)
                && !metric.isProjected
        }
    }

    public static func headlines(_ report: Report) -> [(item: Case, metric: Metric)] {
        report.cases.compactMap { item in headline(for: item).map { (item, $0) } }
    }

    public func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing {
        let headlines = Self.headlines(report)
        var fields = ChartGlyphCheck.report(report, on: canvas)
        for (item, metric) in headlines {
            fields.append(ChartGlyphCheck.city(item, on: canvas))
            fields.append(("cases[\(item.id)].figures[\(metric.id)].label", canvas.text(metric.label)))
            fields.append(("cases[\(item.id)].figures[\(metric.id)].unit", canvas.formatter.parts(metric).text))
        }
        try ChartGlyphCheck.require(fields, measurer: measurer)
        let pen = ChartPen(measurer: measurer, palette: ChartPalette(canvas.theme))
        let gap = 28.0
        let minWidth = 400.0, minHeight = 220.0
        // Plot size does not depend on the subtitle's text, so a trial frame fixes the grid first.
        let probe = ChartFrame(title: title(report, on: canvas), subtitle: " ", report: report, canvas: canvas, pen: pen).plot
        let maxColumns = max(1, Int(((probe.width + gap) / (minWidth + gap)).rounded(.down)))
        let maxRows = max(1, Int(((probe.height + gap) / (minHeight + gap)).rounded(.down)))
        let rows = min(maxRows, max(1, (headlines.count + maxColumns - 1) / maxColumns))
        // As few columns as the rows allow, so six cards make two full rows of three.
        let columns = max(1, min(maxColumns, (headlines.count + rows - 1) / rows))
        let shown = min(headlines.count, rows * columns)
        var subtitle = canvas.words.chart.keyFiguresSubtitle
        if shown < headlines.count { subtitle += canvas.words.chart.keyFiguresHidden(headlines.count - shown) }
        var frame = ChartFrame(title: title(report, on: canvas), subtitle: subtitle, report: report, canvas: canvas, pen: pen)
        let plot = frame.plot
        let cardWidth = (plot.width - gap * Double(columns - 1)) / Double(columns)
        // Cards share the plot's height, so a few cards are large rather than a strip at the top.
        let cardHeight = (plot.height - gap * Double(rows - 1)) / Double(rows)
        let formatter = canvas.formatter

        // One size for every card's number, the largest that fits them all:
        // numbers that differ in size would read as differing in weight.
        let inner = cardWidth - 40 - 24
        var bigSize = min(160, cardHeight * 0.36)
        for headline in headlines.prefix(shown) {
            let parts = formatter.parts(headline.metric)
            let qualifierWidth = parts.qualifier.isEmpty ? 0 : pen.width(parts.qualifier, ChartFontSize.label) + 6
            let unitWidth = parts.unit.isEmpty ? 0 : pen.width(parts.unit, ChartFontSize.label) + 6
            while bigSize > 56, qualifierWidth + pen.width(parts.number, bigSize, weight: .bold) + unitWidth > inner { bigSize -= 4 }
        }

        for (index, headline) in headlines.prefix(shown).enumerated() {
            let card = Rect(
                x: plot.minX + Double(index % columns) * (cardWidth + gap),
                y: plot.minY + Double(index / columns) * (cardHeight + gap),
                width: cardWidth, height: cardHeight
            )
            frame.append(.rect(RectMark(card, cornerRadius: 12, fill: pen.palette.panel)))
            let accent = ChartPalette.goal(headline.item.primaryGoals.first ?? headline.item.sdgs.first?.goal ?? 17)
            frame.append(.rect(pen.palette.dataRect(Rect(x: card.minX, y: card.minY, width: 12, height: card.height), cornerRadius: 4, fill: accent)))
            let x = card.minX + 40
            var parts = formatter.parts(headline.metric)
            let smallStyle = pen.style(ChartFontSize.label, color: pen.palette.secondaryText)
            var qualifierWidth = parts.qualifier.isEmpty ? 0 : pen.width(parts.qualifier, ChartFontSize.label) + 6
            var unitWidth = parts.unit.isEmpty ? 0 : pen.width(parts.unit, ChartFontSize.label) + 6
            var cardSize = bigSize
            // Words around the number can leave it no room (“about USD 300.5
            // million” on a narrow card): then the whole reading is set large,
            // on up to two lines, as small as it must be, rather than cut.
            var bigLines = 1
            if qualifierWidth + pen.width(parts.number, cardSize, weight: .bold) + unitWidth > inner {
                parts = FormattedMetric(qualifier: "", number: parts.text, unit: "")
                (qualifierWidth, unitWidth) = (0, 0)
                // Two lines break between words, so the reading must fit them, not twice the width.
                let twoLines = { (size: Double) in pen.style(size, weight: .bold, maxWidth: inner, maxLines: 2) }
                while cardSize > ChartFontSize.label, pen.measure(parts.number, twoLines(cardSize)).isEllipsized { cardSize -= 2 }
                bigLines = 2
            }
            // Label and city on lines of their own, so a line break never splits a city's name.
            let caption = canvas.text(headline.metric.label)
            // A label may take two lines: “Revenue from…” says nothing.
            let captionStyle = pen.style(ChartFontSize.small, maxWidth: inner, maxLines: 2)
            let captionFit = pen.fitted(caption, captionStyle)
            let captionMetrics = captionFit.metrics
            let cityStyle = pen.style(ChartFontSize.small, color: pen.palette.secondaryText, maxWidth: inner, maxLines: 1)
            let cityFit = pen.fitted(canvas.text(headline.item.city), cityStyle)
            let cityMetrics = cityFit.metrics
            var bigStyle = pen.style(cardSize, weight: .bold, maxWidth: max(10, inner - qualifierWidth - unitWidth), maxLines: bigLines)
            var bigFit = pen.fitted(parts.number, bigStyle)
            // A reading on two lines must still leave the label and city room
            // inside a short card (a square slide's three across).
            while cardSize > ChartFontSize.label,
                  bigFit.metrics.logical.height + 10 + captionMetrics.logical.height + 4 + cityMetrics.logical.height > card.height - 24 {
                cardSize -= 2
                bigStyle = pen.style(cardSize, weight: .bold, maxWidth: max(10, inner - qualifierWidth - unitWidth), maxLines: bigLines)
                bigFit = pen.fitted(parts.number, bigStyle)
            }
            let big = bigFit.metrics
            let contentHeight = big.logical.height + 10 + captionMetrics.logical.height + 4 + cityMetrics.logical.height
            let top = card.minY + max(12, (card.height - contentHeight) / 2)
            let baseline = top + big.baseline
            var cursor = x
            if !parts.qualifier.isEmpty {
                let metrics = pen.measure(parts.qualifier, smallStyle)
                frame.append(.text(TextRun(parts.qualifier, style: smallStyle, origin: Point(x: cursor, y: baseline - metrics.baseline), metrics: metrics)))
                cursor += qualifierWidth
            }
            frame.append(.text(TextRun(bigFit.text, style: bigStyle, origin: Point(x: cursor, y: top), metrics: big)))
            cursor += big.logical.maxX + 6
            if !parts.unit.isEmpty {
                let metrics = pen.measure(parts.unit, smallStyle)
                frame.append(.text(TextRun(parts.unit, style: smallStyle, origin: Point(x: cursor, y: baseline - metrics.baseline), metrics: metrics)))
            }
            let captionTop = top + big.logical.height + 10
            frame.append(.text(TextRun(captionFit.text, style: captionStyle, origin: Point(x: x, y: captionTop), metrics: captionMetrics)))
            frame.append(.text(TextRun(cityFit.text, style: cityStyle, origin: Point(x: x, y: captionTop + captionMetrics.logical.height + 4), metrics: cityMetrics)))
        }
        return frame.drawing
    }

    public func hasData(_ report: Report, on canvas: ChartCanvas) -> Bool {
        !Self.headlines(report).isEmpty
    }

    public func altText(_ report: Report, on canvas: ChartCanvas) -> String {
        let formatter = canvas.formatter
        let words = canvas.words
        let headlines = Self.headlines(report)
        let parts = headlines.lazy.map { words.chart.keyFiguresAltItem(canvas.text($0.item.city), canvas.text($0.metric.label), formatter.string($0.metric)) }
        return AltText.sentences([words.chart.keyFiguresAlt, AltText.sentence(parts, count: headlines.count, words: words)], words: words)
    }
}
