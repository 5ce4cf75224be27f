import SDGBriefCore
import SDGBriefGraphics

/// Every dated milestone on one year axis, one lane per case. Labels that
/// would collide in a lane move to a row of their own beneath, so nothing
/// needs a leader line and nothing overlaps.
public struct TimelineChart: Chart {
    public let id = "timeline"

    public init() {}

    public func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing {
        let dated = report.cases.filter { !$0.milestones.isEmpty }
        var fields = ChartGlyphCheck.report(report, on: canvas) + dated.map { ChartGlyphCheck.city($0, on: canvas) }
        for item in dated {
            for (index, milestone) in item.milestones.enumerated() {
                fields.append(("cases[\(item.id)].milestones[\(index)].event", canvas.text(milestone.event)))
            }
        }
        try ChartGlyphCheck.require(fields, measurer: measurer)
        let pen = ChartPen(measurer: measurer, palette: ChartPalette(canvas.theme))
        let total = dated.reduce(0) { $0 + $1.milestones.count }
        var frame = ChartFrame(
            title: title(report, on: canvas), subtitle: canvas.words.chart.timelineSubtitle(dated.count, total), report: report, canvas: canvas, pen: pen
        )
        guard let first = dated.flatMap(\.milestones).map(\.year).min(),
              let last = dated.flatMap(\.milestones).map(\.year).max()
        else { return frame.drawing }

        let size = ChartFontSize.small
        let nameSize = ChartFontSize.label
        let nameWidth = min(dated.map { pen.width(canvas.text($0.city), nameSize, weight: .bold) }.max() ?? 0, frame.plot.width * 0.18)
        let axisX = frame.plot.minX + nameWidth + 32
        let axisWidth = frame.plot.maxX - axisX
        // Half a year of room at each end keeps the first and last dots off the edges.
        let start = Double(first) - 0.5
        let span = Double(max(last - first, 0)) + 1
        func x(_ year: Int) -> Double { axisX + (Double(year) - start) / span * axisWidth }

        let rowHeight = pen.lineHeight(size) + 6
        let laneGap = 14.0
        let axisLabelHeight = pen.lineHeight(size) + 12
        let budget = frame.plot.height - axisLabelHeight
        let noteHeight = rowHeight

        typealias Placed = (year: Int, text: String, row: Int, labelX: Double, width: Double, alignRight: Bool)
        typealias Packing = (lanes: [(item: Case, placed: [Placed], rows: Int)], used: Double, hidden: Int)
        // Shorter labels pack into fewer rows; they are shortened only as far
        // as it takes to show every case, and cases are left out only after that.
        func pack(labelWidth: Double) -> Packing {
        var lanes: [(item: Case, placed: [Placed], rows: Int)] = []
        var used = 0.0
        var hidden = 0
        for (laneIndex, item) in dated.enumerated() {
            // Each row keeps the spans it has taken; a label goes right of its
            // dot, or left of it, in the first row where that span is free.
            var rowSpans: [[ClosedRange<Double>]] = []
            var placed: [Placed] = []
            let milestones = item.milestones.enumerated().sorted { ($0.element.year, $0.offset) < ($1.element.year, $1.offset) }.map(\.element)
            for milestone in milestones {
                let text = "\(milestone.year) \(canvas.text(milestone.event))"
                let dot = x(milestone.year)
                let natural = min(labelWidth, pen.width(text, size))
                let rightWidth = min(natural, frame.plot.maxX - (dot + 14))
                let leftWidth = min(natural, dot - 14 - axisX)
                var options: [(alignRight: Bool, width: Double, span: ClosedRange<Double>)] = []
                // Spans reach a dot's width past the text, so two labels sharing a row never read as one.
                if rightWidth >= natural || rightWidth >= leftWidth { options.append((false, rightWidth, (dot - 10)...(dot + 14 + rightWidth + 36))) }
                if leftWidth >= natural || leftWidth > rightWidth { options.append((true, leftWidth, (dot - 14 - leftWidth - 36)...(dot + 10))) }
                var choice: (row: Int, option: (alignRight: Bool, width: Double, span: ClosedRange<Double>))?
                search: for (row, spans) in rowSpans.enumerated() {
                    for option in options where !spans.contains(where: { $0.overlaps(option.span) }) {
                        choice = (row, option)
                        break search
                    }
                }
                let chosen = choice ?? (rowSpans.count, options[0])
                if chosen.row == rowSpans.count { rowSpans.append([]) }
                rowSpans[chosen.row].append(chosen.option.span)
                let option = chosen.option
                placed.append((milestone.year, text, chosen.row, option.alignRight ? dot - 14 - option.width : dot + 14, option.width, option.alignRight))
            }
            let height = Double(rowSpans.count) * rowHeight + laneGap
            let remaining = dated.count - laneIndex - 1
            if used + height + (remaining > 0 ? noteHeight : 0) > budget {
                hidden = dated.count - laneIndex
                break
            }
            used += height
            lanes.append((item, placed, rowSpans.count))
        }
        return (lanes, used, hidden)
        }
        let widths = [400.0, 340, 290, 240, 200, 170].map { min($0, axisWidth * 0.4) }
        var packing = pack(labelWidth: widths[0])
        for width in widths.dropFirst() where packing.hidden > 0 {
            packing = pack(labelWidth: width)
        }
        let (lanes, used, hidden) = packing

        // Lane stripes first, so the year grid shows through every lane alike.
        var top = frame.plot.minY
        for (index, lane) in lanes.enumerated() {
            let height = Double(lane.rows) * rowHeight
            if index % 2 == 0 {
                frame.append(.rect(RectMark(Rect(x: frame.plot.minX - 12, y: top - laneGap / 4, width: frame.plot.width + 24, height: height + laneGap / 2), cornerRadius: 6, fill: pen.palette.panel)))
            }
            top += height + laneGap
        }

        // Year ticks as far apart as their labels need.
        let yearWidth = pen.width("0000", size) + 28
        let step = [1, 2, 5, 10, 20, 25, 50, 100].first { Double($0) / span * axisWidth >= yearWidth } ?? 100
        let firstTick = Int((Double(first) / Double(step)).rounded(.up)) * step
        let axisY = frame.plot.minY + used + (hidden > 0 ? noteHeight : 0)
        for year in stride(from: firstTick, through: last, by: step) {
            let tx = x(year)
            frame.append(.line(LineMark(from: Point(x: tx, y: frame.plot.minY - 8), to: Point(x: tx, y: axisY), stroke: Stroke(color: pen.palette.grid.withAlpha(0.6), width: 1.5))))
            frame.append(pen.run(String(year), pen.style(size, color: pen.palette.secondaryText, alignment: .center, maxWidth: yearWidth), x: tx - yearWidth / 2, midY: axisY + axisLabelHeight / 2 + 4))
        }
        frame.append(.line(LineMark(from: Point(x: axisX - 8, y: axisY), to: Point(x: frame.plot.maxX, y: axisY), stroke: Stroke(color: pen.palette.grid, width: 2))))

        top = frame.plot.minY
        for lane in lanes {
            let accent = ChartPalette.goal(lane.item.primaryGoals.first ?? lane.item.sdgs.first?.goal ?? 17)
            frame.append(pen.run(canvas.text(lane.item.city), pen.style(nameSize, weight: .bold, maxWidth: nameWidth), x: frame.plot.minX, midY: top + rowHeight / 2))
            for item in lane.placed {
                let midY = top + (Double(item.row) + 0.5) * rowHeight
                frame.append(.circle(CircleMark(center: Point(x: x(item.year), y: midY), radius: 8, fill: accent)))
                let style = pen.style(size, alignment: item.alignRight ? .right : .left, maxWidth: item.width)
                frame.append(pen.run(item.text, style, x: item.labelX, midY: midY))
            }
            top += Double(lane.rows) * rowHeight + laneGap
        }
        if hidden > 0 {
            let count = dated.suffix(hidden).reduce(0) { $0 + $1.milestones.count }
            frame.append(pen.run(canvas.words.chart.timelineHidden(hidden, count), pen.style(size, color: pen.palette.secondaryText, maxWidth: frame.plot.width), x: frame.plot.minX, midY: top + rowHeight / 2 - laneGap / 2))
        }
        return frame.drawing
    }

    public func hasData(_ report: Report, on canvas: ChartCanvas) -> Bool {
        report.cases.contains { !$0.milestones.isEmpty }
    }

    public func altText(_ report: Report, on canvas: ChartCanvas) -> String {
        let dated = report.cases.filter { !$0.milestones.isEmpty }
        let words = canvas.words
        let parts = dated.lazy.map { item in
            words.chart.timelineAltItem(canvas.text(item.city), item.milestones.sorted { $0.year < $1.year }.map { ($0.year, canvas.text($0.event)) })
        }
        let years = dated.flatMap(\.milestones).map(\.year)
        return AltText.sentences([words.chart.timelineAlt(dated.count, years.min(), years.max()), AltText.sentence(parts, count: dated.count, words: words)], words: words)
    }
}
