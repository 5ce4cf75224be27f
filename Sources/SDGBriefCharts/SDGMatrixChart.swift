import SDGBriefCore
import SDGBriefGraphics

/// Cases against the 17 goals: a filled square where the goal is primary,
/// an outlined one where it is related.
public struct SDGMatrixChart: Chart {
    public let id = "sdg-matrix"

    public init() {}

    /// The role a case gives a goal, primary winning when a file tags both.
    public static func role(of item: Case, goal: Int) -> SDGRole? {
        if item.primaryGoals.contains(goal) { return .primary }
        if item.relatedGoals.contains(goal) { return .related }
        return nil
    }

    public func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing {
        try ChartGlyphCheck.require(ChartGlyphCheck.report(report, on: canvas) + report.cases.map { ChartGlyphCheck.city($0, on: canvas) }, measurer: measurer)
        let pen = ChartPen(measurer: measurer, palette: ChartPalette(canvas.theme))
        var frame = ChartFrame(
            title: title(report, on: canvas), subtitle: canvas.words.chart.matrixSubtitle(report.cases.count), report: report, canvas: canvas, pen: pen
        )
        let legend = ChartLegend(items: [
            (.solid(pen.palette.secondaryText), canvas.words.primaryGoal),
            (.ring(pen.palette.secondaryText), canvas.words.relatedGoal),
        ]).layout(in: frame.plot, pen: pen)
        frame.append(contentsOf: legend.marks)

        let top = frame.plot.minY + legend.height + 24
        let nameSize = ChartFontSize.label
        let longest = report.cases.map { pen.width(canvas.text($0.city), nameSize) }.max() ?? 0
        let nameWidth = min(longest, frame.plot.width * 0.28)
        let column = min(88, (frame.plot.width - nameWidth - 24) / 17)
        // The block is centred: a few cases should not hug the left edge of a wide slide.
        let left = frame.plot.minX + max(0, (frame.plot.width - nameWidth - 24 - 17 * column) / 2)
        let gridX = left + nameWidth + 24
        let tile = min(column - 6, 46)
        let headerHeight = tile + 12
        let rowsTop = top + headerHeight
        let rows = ChartRows(count: report.cases.count, height: frame.plot.maxY - rowsTop, minimum: 40, maximum: 64)

        for goal in SDGCatalog.goals {
            let midX = gridX + (Double(goal.number) - 0.5) * column
            let rect = Rect(x: midX - tile / 2, y: top, width: tile, height: tile)
            frame.append(.rect(RectMark(rect, cornerRadius: 4, fill: ChartPalette.goal(goal.number))))
            frame.append(pen.run(
                String(goal.number),
                pen.style(ChartFontSize.small, weight: .bold, color: .white, alignment: .center, maxWidth: tile),
                x: rect.minX, midY: rect.midY
            ))
        }

        let mark = min(column, rows.rowHeight) * 0.58
        for (index, item) in report.cases.prefix(rows.shown).enumerated() {
            let rowTop = rowsTop + Double(index) * rows.rowHeight
            let midY = rowTop + rows.rowHeight / 2
            if index % 2 == 0 {
                let stripe = Rect(x: left - 12, y: rowTop, width: gridX + 17 * column - left + 24, height: rows.rowHeight)
                frame.append(.rect(RectMark(stripe, cornerRadius: 6, fill: pen.palette.panel)))
            }
            frame.append(pen.run(canvas.text(item.city), pen.style(nameSize, maxWidth: nameWidth), x: left, midY: midY))
            for goal in SDGCatalog.validNumbers {
                let center = Point(x: gridX + (Double(goal) - 0.5) * column, y: midY)
                let color = ChartPalette.goal(goal)
                let cell = Rect(x: center.x - mark / 2, y: center.y - mark / 2, width: mark, height: mark)
                switch Self.role(of: item, goal: goal) {
                case .primary?:
                    frame.append(.rect(RectMark(cell, cornerRadius: 4, fill: color)))
                case .related?:
                    frame.append(.rect(RectMark(cell.insetBy(dx: 2.5, dy: 2.5), cornerRadius: 4, stroke: Stroke(color: color, width: 5))))
                default:
                    frame.append(.circle(CircleMark(center: center, radius: 3, fill: pen.palette.grid)))
                }
            }
        }
        if let note = rows.note(canvas.words.chart) {
            let midY = rowsTop + (Double(rows.shown) + 0.5) * rows.rowHeight
            frame.append(pen.run(note, pen.style(ChartFontSize.small, color: pen.palette.secondaryText, maxWidth: frame.plot.maxX - left), x: left, midY: midY))
        }
        return frame.drawing
    }

    public func hasData(_ report: Report, on canvas: ChartCanvas) -> Bool {
        !report.cases.isEmpty
    }

    public func altText(_ report: Report, on canvas: ChartCanvas) -> String {
        let words = canvas.words
        let lines = report.cases.lazy.map { item in
            words.chart.matrixAltItem(canvas.text(item.city), item.primaryGoals, item.relatedGoals.filter { !item.primaryGoals.contains($0) })
        }
        return AltText.sentences([words.chart.matrixAlt(report.cases.count), AltText.sentence(lines, count: report.cases.count, words: words)], words: words)
    }
}
