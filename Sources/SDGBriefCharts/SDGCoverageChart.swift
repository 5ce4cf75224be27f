import SDGBriefCore
import SDGBriefGraphics

/// How many cases serve each goal: one horizontal bar per goal in its
/// official colour, the primary part solid and the related part lighter.
public struct SDGCoverageChart: Chart {
    public let id = "sdg-coverage"

    public init() {}

    /// Cases that tag each goal primary and related, goals 1–17 in order.
    public static func counts(_ report: Report) -> [(goal: Int, primary: Int, related: Int)] {
        SDGCatalog.goals.map { goal in
            let primary = report.cases.filter { $0.primaryGoals.contains(goal.number) }.count
            let related = report.cases.filter { !$0.primaryGoals.contains(goal.number) && $0.relatedGoals.contains(goal.number) }.count
            return (goal.number, primary, related)
        }
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

        let area = Rect(x: frame.plot.minX, y: frame.plot.minY + legend.height + 20, width: frame.plot.width, height: frame.plot.height - legend.height - 20)
        let rowHeight = area.height / Double(counts.count)
        let tile = min(rowHeight - 6, 44)
        let nameSize = min(ChartFontSize.label, max(ChartFontSize.small, rowHeight * 0.6))
        let longestName = SDGCatalog.goals.map { pen.width(canvas.words.goalName($0), nameSize) }.max() ?? 0
        let nameWidth = min(longestName, area.width * 0.36)
        let barX = area.minX + tile + 14 + nameWidth + 24
        let maxCount = max(1, counts.map { $0.primary + $0.related }.max() ?? 1)
        let valueWidth = pen.width(String(maxCount), nameSize, weight: .bold) + 16
        let barSpan = area.maxX - barX - valueWidth

        for (index, count) in counts.enumerated() {
            let goal = SDGCatalog.goals[index]
            let color = ChartPalette.goal(goal.number)
            let midY = area.minY + (Double(index) + 0.5) * rowHeight
            let tileRect = Rect(x: area.minX, y: midY - tile / 2, width: tile, height: tile)
            frame.append(.rect(RectMark(tileRect, cornerRadius: 4, fill: color)))
            frame.append(pen.run(
                String(goal.number),
                pen.style(ChartFontSize.small, weight: .bold, color: .white, alignment: .center, maxWidth: tile),
                x: tileRect.minX, midY: midY
            ))
            frame.append(pen.run(canvas.words.goalName(goal), pen.style(nameSize, maxWidth: nameWidth), x: tileRect.maxX + 14, midY: midY))

            let barHeight = min(rowHeight * 0.62, 34)
            frame.append(.rect(RectMark(Rect(x: barX, y: midY - barHeight / 2, width: barSpan, height: barHeight), fill: pen.palette.panel)))
            let unit = barSpan / Double(maxCount)
            let primaryWidth = unit * Double(count.primary)
            if count.primary > 0 {
                frame.append(.rect(RectMark(Rect(x: barX, y: midY - barHeight / 2, width: primaryWidth, height: barHeight), fill: color)))
            }
            if count.related > 0 {
                let rect = Rect(x: barX + primaryWidth, y: midY - barHeight / 2, width: unit * Double(count.related), height: barHeight)
                frame.append(.rect(RectMark(rect.insetBy(dx: 1.5, dy: 1.5), fill: color.withAlpha(0.35), stroke: Stroke(color: color, width: 3))))
            }
            let total = count.primary + count.related
            frame.append(pen.run(
                String(total),
                pen.style(nameSize, weight: .bold, color: total == 0 ? pen.palette.secondaryText : pen.palette.text),
                x: barX + unit * Double(total) + 12, midY: midY
            ))
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
