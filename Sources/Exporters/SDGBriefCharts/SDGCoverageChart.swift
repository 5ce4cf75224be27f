import SDGBriefCore
import SDGBriefGraphics

/// How many cases serve each goal: one horizontal bar per goal in its
/// official colour, the primary part solid and the related part lighter.
public struct SDGCoverageChart: Chart {
    public let id = "sdg-coverage"

    public init() {}

    /// Cases that tag each goal primary and related, goals 1–17 in order.
    public static func counts(_ report: Report) -> [(goal: Int, primary: Int, related: Int)] {
        // One pass over the cases, not one per goal: the brief lays the chart
        // out several times to fit it, and a network has thousands of cases.
        var primary: [Int: Int] = [:]
        var related: [Int: Int] = [:]
        for item in report.cases {
            let primaryGoals = Set(item.primaryGoals)
            for goal in primaryGoals { primary[goal, default: 0] += 1 }
            for goal in Set(item.relatedGoals) where !primaryGoals.contains(goal) { related[goal, default: 0] += 1 }
        }
        return SDGCatalog.goals.map { goal in (goal.number, primary[goal.number] ?? 0, related[goal.number] ?? 0) }
    }

    public func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing {
        try ChartGlyphCheck.require(ChartGlyphCheck.report(report, on: canvas), measurer: measurer)
        let pen = ChartPen(measurer: measurer, palette: ChartPalette(canvas.theme))
        let counts = Self.counts(report)
        let served = counts.filter { $0.primary + $0.related > 0 }.count
        var frame = ChartFrame(
            title: title(report, on: canvas), subtitle: canvas.words.chart.coverageSubtitle(report.cases.count, served), report: report, canvas: canvas, pen: pen
        )
        let legend = ChartLegend(items: [
            (.solid(pen.palette.secondaryText), canvas.words.primaryGoal),
            (.light(pen.palette.secondaryText), canvas.words.relatedGoal),
        ]).layout(in: frame.plot, pen: pen)
        frame.append(contentsOf: legend.marks)

        // Goals no case serves are named in one line rather than drawn as
        // empty rows: fewer, larger rows read from the back of a room.
        let shown = counts.filter { $0.primary + $0.related > 0 }
        let empty = counts.filter { $0.primary + $0.related == 0 }.map(\.goal)
        let noteStyle = pen.style(ChartFontSize.small, color: pen.palette.secondaryText, maxWidth: frame.plot.width, maxLines: 2)
        let noteText = empty.isEmpty ? nil : canvas.text(SlideChartWords.goalsWithoutCases(empty))
        let noteHeight = noteText.map { pen.measure($0, noteStyle).logical.height + 20 } ?? 0
        let area = Rect(
            x: frame.plot.minX, y: frame.plot.minY + legend.height + 24,
            width: frame.plot.width, height: frame.plot.height - legend.height - 24 - noteHeight
        )
        let minimumRow = pen.lineHeight(ChartFontSize.label) + 8
        let columns = shown.count > 1 && Double(shown.count) * minimumRow > area.height ? 2 : 1
        let perColumn = max(1, (shown.count + columns - 1) / columns)
        let columnGap = 56.0
        let columnWidth = (area.width - columnGap * Double(columns - 1)) / Double(columns)
        let nameSize = ChartFontSize.label
        let longestName = shown.map { pen.width(canvas.words.goalName($0.goal), nameSize) }.max() ?? 0
        let nameWidth = min(longestName, columnWidth * (columns == 1 ? 0.36 : 0.5))
        // A name too long for its line (“Peace, Justice and Strong
        // Institutions”) is set a size smaller on two lines where the rows
        // have room for them, rather than cut; rows grow a little to make it.
        let twoLines = pen.style(ChartFontSize.small, maxWidth: nameWidth, maxLines: 2)
        let wrapped = shown.map { canvas.words.goalName($0.goal) }.filter { pen.width($0, nameSize) > nameWidth }
        let twoLineRow = (wrapped.map { pen.measure($0, twoLines).logical.height }.max() ?? 0) + 12
        let rowHeight = min(max(100, twoLineRow), area.height / Double(perColumn))
        let wrapsNames = rowHeight >= twoLineRow
        let tile = min(rowHeight - 10, 64)
        let maxCount = max(1, shown.map { $0.primary + $0.related }.max() ?? 1)
        let valueWidth = pen.width(String(maxCount), nameSize, weight: .bold) + 16
        let barHeight = min(rowHeight * 0.62, 52)

        for (index, count) in shown.enumerated() {
            let goal = count.goal
            let color = ChartPalette.goal(goal)
            let left = area.minX + Double(index / perColumn) * (columnWidth + columnGap)
            let midY = area.minY + (Double(index % perColumn) + 0.5) * rowHeight
            let tileRect = Rect(x: left, y: midY - tile / 2, width: tile, height: tile)
            frame.append(.rect(pen.palette.dataRect(tileRect, cornerRadius: 4, fill: color)))
            frame.append(pen.run(
                String(goal),
                pen.style(ChartFontSize.small, weight: .bold, color: .white, alignment: .center, maxWidth: tile),
                x: tileRect.minX, midY: midY
            ))
            let name = canvas.words.goalName(goal)
            let nameStyle = wrapsNames && pen.width(name, nameSize) > nameWidth ? twoLines : pen.style(nameSize, maxWidth: nameWidth)
            frame.append(pen.run(name, nameStyle, x: tileRect.maxX + 16, midY: midY))

            let barX = tileRect.maxX + 16 + nameWidth + 24
            let barSpan = max(1, left + columnWidth - barX - valueWidth)
            let track = Rect(x: barX, y: midY - barHeight / 2, width: barSpan, height: barHeight)
            frame.append(.rect(RectMark(track, fill: pen.palette.panel)))
            let unit = barSpan / Double(maxCount)
            let primaryWidth = unit * Double(count.primary)
            if count.primary > 0 {
                frame.append(.rect(pen.palette.dataRect(Rect(x: barX, y: track.minY, width: primaryWidth, height: barHeight), fill: color)))
            }
            if count.related > 0 {
                let rect = Rect(x: barX + primaryWidth, y: track.minY, width: unit * Double(count.related), height: barHeight)
                frame.append(.rect(RectMark(rect.insetBy(dx: 2, dy: 2), fill: color.withAlpha(0.35), stroke: Stroke(color: pen.palette.visible(color), width: 4))))
            }
            let total = count.primary + count.related
            frame.append(pen.run(String(total), pen.style(nameSize, weight: .bold), x: barX + unit * Double(total) + 12, midY: midY))
        }
        if let noteText {
            let rowsEnd = area.minY + Double(perColumn) * rowHeight
            frame.append(pen.run(noteText, noteStyle, at: Point(x: area.minX, y: rowsEnd + 20)))
        }
        return frame.drawing
    }

    public func hasData(_ report: Report, on canvas: ChartCanvas) -> Bool {
        !report.cases.isEmpty
    }

    public func altText(_ report: Report, on canvas: ChartCanvas) -> String {
        let counts = Self.counts(report).filter { $0.primary + $0.related > 0 }
            .sorted { ($0.primary + $0.related, -$0.goal) > ($1.primary + $1.related, -$1.goal) }
        let words = canvas.words
        let parts = counts.map { count in
            words.chart.coverageAltItem(count.goal, words.goalName(count.goal), count.primary, count.related)
        }
        let none = 17 - counts.count
        return AltText.sentences([
            words.chart.coverageAlt(report.cases.count),
            AltText.sentence(parts, count: parts.count, unit: .goals, words: words),
            none > 0 ? words.chart.coverageAltUnserved(none) : "",
        ], words: words)
    }
}
