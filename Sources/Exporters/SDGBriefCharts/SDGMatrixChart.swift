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
        let nameSize = ChartFontSize.label
        let longest = report.cases.map { pen.width(canvas.text($0.city), nameSize) }.max() ?? 0
        // The plot's width does not depend on the subtitle, so a trial frame fixes the columns first.
        let probe = ChartFrame(title: title(report, on: canvas), subtitle: " ", report: report, canvas: canvas, pen: pen).plot
        let nameWidth = min(longest, probe.width * 0.28)
        // A column holds a tile whose number is set at the smallest legible size.
        let minimumColumn = pen.width("17", ChartFontSize.small, weight: .bold) + 14
        let served = SDGCatalog.validNumbers.filter { goal in report.cases.contains { Self.role(of: $0, goal: goal) != nil } }
        let room = probe.width - nameWidth - 24
        // All 17 goals where they fit; else only those some case serves, the
        // others named below; else those in two panels, one above the other.
        var goals = Array(SDGCatalog.validNumbers)
        if Double(goals.count) * minimumColumn > room, !served.isEmpty { goals = served }
        let panelCount = Double(goals.count) * minimumColumn > room ? 2 : 1
        let perPanel = (goals.count + panelCount - 1) / panelCount
        let panels = stride(from: 0, to: goals.count, by: perPanel).map { Array(goals[$0 ..< min(goals.count, $0 + perPanel)]) }
        let left: [Int] = goals.count == 17 ? [] : SDGCatalog.validNumbers.filter { !goals.contains($0) }

        var subtitle = canvas.words.chart.matrixSubtitle(report.cases.count)
        if goals.count < 17 { subtitle += " · " + canvas.text(SlideChartWords.goalsShown(goals.count)) }
        var frame = ChartFrame(title: title(report, on: canvas), subtitle: subtitle, report: report, canvas: canvas, pen: pen)
        let noteStyle = pen.style(ChartFontSize.small, color: pen.palette.secondaryText, maxWidth: frame.plot.width, maxLines: 2)
        let goalNote = left.isEmpty ? nil : canvas.text(SlideChartWords.goalsWithoutCases(left))
        let goalNoteHeight = goalNote.map { pen.measure($0, noteStyle).logical.height + 20 } ?? 0

        let legendProbe = ChartLegend(items: [(.solid(pen.palette.secondaryText), canvas.words.primaryGoal), (.ring(pen.palette.secondaryText), canvas.words.relatedGoal)])
        let legendHeight = legendProbe.layout(in: frame.plot, pen: pen).height + 24
        let column = min(96, room / Double(perPanel))
        let tile = min(column - 6, 60)
        let headerHeight = tile + 14
        let panelGap = 28.0
        let available = frame.plot.height - legendHeight - goalNoteHeight - panelGap * Double(panels.count - 1)
        let panelHeight = available / Double(panels.count)
        let rows = ChartRows(count: report.cases.count, height: panelHeight - headerHeight, minimum: pen.lineHeight(nameSize) + 12, maximum: 170)
        let rowLines = rows.shown + (rows.hidden > 0 ? 1 : 0)
        let panelsHeight: Double = Double(panels.count) * (headerHeight + Double(rowLines) * rows.rowHeight)
        let blockHeight: Double = legendHeight + panelsHeight + panelGap * Double(panels.count - 1) + goalNoteHeight
        // A short list sits in the middle of the plot, not under the title with the rest blank.
        let blockTop = frame.plot.minY + max(0, (frame.plot.height - blockHeight) / 2)
        // The block is centred across too: a few goals should not hug the left edge.
        let blockWidth = nameWidth + 24 + Double(perPanel) * column
        let blockLeft = frame.plot.minX + max(0, (frame.plot.width - blockWidth) / 2)
        let legend = legendProbe.layout(in: Rect(x: blockLeft, y: blockTop, width: frame.plot.maxX - blockLeft, height: legendHeight), pen: pen)
        frame.append(contentsOf: legend.marks)
        let gridX = blockLeft + nameWidth + 24
        let mark = min(56, min(column, rows.rowHeight) * 0.58)

        var top = blockTop + legendHeight
        for panel in panels {
            for (slot, goal) in panel.enumerated() {
                let midX = gridX + (Double(slot) + 0.5) * column
                let rect = Rect(x: midX - tile / 2, y: top, width: tile, height: tile)
                frame.append(.rect(pen.palette.dataRect(rect, cornerRadius: 4, fill: ChartPalette.goal(goal))))
                frame.append(pen.run(
                    String(goal),
                    pen.style(ChartFontSize.small, weight: .bold, color: .white, alignment: .center, maxWidth: tile),
                    x: rect.minX, midY: rect.midY
                ))
            }
            let rowsTop = top + headerHeight
            for (index, item) in report.cases.prefix(rows.shown).enumerated() {
                let rowTop = rowsTop + Double(index) * rows.rowHeight
                let midY = rowTop + rows.rowHeight / 2
                if index % 2 == 0 {
                    let stripe = Rect(x: blockLeft - 12, y: rowTop, width: gridX + Double(panel.count) * column - blockLeft + 24, height: rows.rowHeight)
                    frame.append(.rect(RectMark(stripe, cornerRadius: 6, fill: pen.palette.panel)))
                }
                frame.append(pen.run(canvas.text(item.city), pen.style(nameSize, maxWidth: nameWidth), x: blockLeft, midY: midY))
                for (slot, goal) in panel.enumerated() {
                    let center = Point(x: gridX + (Double(slot) + 0.5) * column, y: midY)
                    let color = ChartPalette.goal(goal)
                    let cell = Rect(x: center.x - mark / 2, y: center.y - mark / 2, width: mark, height: mark)
                    switch Self.role(of: item, goal: goal) {
                    case .primary?:
                        frame.append(.rect(pen.palette.dataRect(cell, cornerRadius: 4, fill: color)))
                    case .related?:
                        frame.append(.rect(RectMark(cell.insetBy(dx: 3, dy: 3), cornerRadius: 4, stroke: Stroke(color: pen.palette.visible(color), width: 6))))
                    default:
                        frame.append(.circle(CircleMark(center: center, radius: 4, fill: pen.palette.grid)))
                    }
                }
            }
            if let note = rows.note(canvas.words.chart) {
                let midY = rowsTop + (Double(rows.shown) + 0.5) * rows.rowHeight
                frame.append(pen.run(note, pen.style(ChartFontSize.small, color: pen.palette.secondaryText, maxWidth: frame.plot.maxX - blockLeft), x: blockLeft, midY: midY))
            }
            top = rowsTop + Double(rowLines) * rows.rowHeight + panelGap
        }
        if let goalNote {
            frame.append(pen.run(goalNote, noteStyle, at: Point(x: frame.plot.minX, y: top - panelGap + 20)))
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
