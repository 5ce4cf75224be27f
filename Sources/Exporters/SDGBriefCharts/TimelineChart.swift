import SDGBriefCore
import SDGBriefGraphics

/// Every dated milestone, case by case in the report's order, each case's
/// milestones in year order down a line of dots: a list set in columns, so
/// that each label is a line or two of large text rather than a sliver
/// squeezed against its neighbours on a shared year axis.
public struct TimelineChart: Chart {
    public let id = "timeline"

    public init() {}

    /// What the timeline writes for a milestone in `language`: its short
    /// title when the report gives one, else the whole event.
    public static func label(_ milestone: Milestone, language: String = LocalizedText.sourceLanguage) -> String {
        (milestone.title ?? milestone.event).text(in: language)
    }

    /// A case's milestones in year order, the report's order among equals.
    static func sorted(_ item: Case) -> [Milestone] {
        item.milestones.enumerated().sorted { ($0.element.year, $0.offset) < ($1.element.year, $1.offset) }.map(\.element)
    }

    /// One line of the list: a case's name or one of its milestones.
    private struct Entry {
        var caseIndex: Int
        var milestone: Milestone?
        var height: Double
    }

    public func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing {
        let dated = report.cases.filter { !$0.milestones.isEmpty }
        var fields = ChartGlyphCheck.report(report, on: canvas) + dated.map { ChartGlyphCheck.city($0, on: canvas) }
        for item in dated {
            for (index, milestone) in item.milestones.enumerated() {
                fields.append(("cases[\(item.id)].milestones[\(index)].event", canvas.text(milestone.event)))
                if let title = milestone.title { fields.append(("cases[\(item.id)].milestones[\(index)].title", canvas.text(title))) }
            }
        }
        try ChartGlyphCheck.require(fields, measurer: measurer)
        let pen = ChartPen(measurer: measurer, palette: ChartPalette(canvas.theme))
        let total = dated.reduce(0) { $0 + $1.milestones.count }
        var frame = ChartFrame(
            title: title(report, on: canvas), subtitle: canvas.words.chart.timelineSubtitle(dated.count, total), report: report, canvas: canvas, pen: pen
        )
        guard !dated.isEmpty else { return frame.drawing }
        let plot = frame.plot

        let size = ChartFontSize.small
        let nameSize = ChartFontSize.label
        let line = pen.lineHeight(size)
        let headerHeight = pen.lineHeight(nameSize) + 10
        let itemGap = 8.0
        let blockGap = 18.0
        let columnGap = 48.0
        let dotRadius = 10.0
        let yearWidth = dated.flatMap(\.milestones).map { pen.width(String($0.year), size, weight: .bold) }.max() ?? 0
        let textInset = 2 * dotRadius + 16 + yearWidth + 16
        let noteHeight = line + 12
        let maxColumns = max(1, Int(((plot.width + columnGap) / (440 + columnGap)).rounded(.down)))

        func columnWidth(_ columns: Int) -> Double { (plot.width - columnGap * Double(columns - 1)) / Double(columns) }
        func labelStyle(_ columns: Int, lines: Int) -> TextStyle {
            pen.style(size, maxWidth: max(1, columnWidth(columns) - textInset), maxLines: lines)
        }
        // The list as entries, each as tall as its label needs at this width.
        func entries(columns: Int, lines: Int) -> [Entry] {
            let style = labelStyle(columns, lines: lines)
            // Past what the columns could hold nothing more is measured, so
            // a network's thousands of cases cost no more than a slide's worth.
            let limit = Double(columns) * plot.height + headerHeight
            var result: [Entry] = []
            var total = 0.0
            for (index, item) in dated.enumerated() {
                guard total <= limit else { break }
                result.append(Entry(caseIndex: index, milestone: nil, height: headerHeight + (index == 0 ? 0 : blockGap)))
                for milestone in Self.sorted(item) {
                    let metrics = pen.measure(Self.label(milestone, language: canvas.language), style)
                    let lineCount = metrics.isEllipsized ? lines : max(1, metrics.lineCount)
                    result.append(Entry(caseIndex: index, milestone: milestone, height: Double(lineCount) * line + itemGap))
                }
                total += result.reversed().prefix { $0.caseIndex == index }.reduce(0) { $0 + $1.height }
            }
            return result
        }
        // Entries poured into columns no taller than `capacity`, whole cases
        // only: a case that does not fit and all after it are left out.
        func pour(_ list: [Entry], columns: Int, capacity: Double) -> (columns: [[Entry]], shownCases: Int) {
            var result: [[Entry]] = [[]]
            var used = 0.0
            var shown = 0
            var index = 0
            while index < list.count {
                let caseIndex = list[index].caseIndex
                let block = list[index...].prefix { $0.caseIndex == caseIndex }
                var placed: [Entry] = []
                var fits = true
                // A case that fits a column of its own starts one rather than being split.
                let whole = block.reduce(0) { $0 + $1.height } - (caseIndex == 0 ? 0 : blockGap)
                if used > 0, used + whole + blockGap > capacity, whole <= capacity, result.count < columns {
                    result.append([])
                    used = 0
                }
                for var entry in block {
                    if entry.milestone == nil, used == 0 { entry.height -= blockGap * (caseIndex == 0 ? 0 : 1) }
                    // A case's name never ends a column: it moves on with its first milestone.
                    let needed = entry.milestone == nil ? entry.height + (block.dropFirst().first?.height ?? 0) : entry.height
                    if used + needed > capacity {
                        guard result.count < columns, !(result.last!.isEmpty && placed.isEmpty) else { fits = false; break }
                        result[result.count - 1] += placed
                        placed = []
                        result.append([])
                        used = 0
                        if entry.milestone == nil { entry.height = headerHeight }
                    }
                    placed.append(entry)
                    used += entry.height
                }
                guard fits else {
                    if placed.count < block.count, !placed.isEmpty, result.last!.isEmpty, result.count > 1 { result.removeLast() }
                    break
                }
                result[result.count - 1] += placed
                shown += 1
                index += block.count
            }
            return (result.filter { !$0.isEmpty }, shown)
        }
        func height(_ column: [Entry]) -> Double { column.reduce(0) { $0 + $1.height } }

        // Two lines per label if the whole list then fits in some number of
        // columns, else one; cases are left out only when one line is not enough.
        var choice: (columns: Int, lines: Int, poured: [[Entry]])?
        search: for lines in [2, 1] {
            // At least two columns where there is room, so a short list does not leave half the slide empty.
            for columns in min(maxColumns, min(2, dated.count)) ... maxColumns {
                let list = entries(columns: columns, lines: lines)
                let whole = list.reduce(0) { $0 + $1.height }
                // The shortest columns that take everything, so columns end near the same height.
                var capacity = max(whole / Double(columns), list.map(\.height).max() ?? 0)
                while capacity <= plot.height {
                    let poured = pour(list, columns: columns, capacity: capacity)
                    if poured.shownCases == dated.count {
                        choice = (columns, lines, poured.columns)
                        break search
                    }
                    capacity += 12
                }
            }
        }
        var hidden = 0
        if choice == nil {
            let poured = pour(entries(columns: maxColumns, lines: 1), columns: maxColumns, capacity: plot.height - noteHeight)
            choice = (maxColumns, 1, poured.columns)
            hidden = dated.count - poured.shownCases
        }
        let (columns, lines, poured) = choice!
        let style = labelStyle(columns, lines: lines)
        let width = columnWidth(columns)
        let tallest = poured.map(height).max() ?? 0
        // A short list is spread a little and centred, so a few cases fill the slide as many do.
        let stretch = hidden > 0 ? 1 : min(1.5, max(1, (plot.height - noteHeight) / max(1, tallest)))
        let blockTop = plot.minY + max(0, (plot.height - (hidden > 0 ? plot.height : tallest * stretch)) / 2)

        for (columnIndex, column) in poured.enumerated() {
            let x = plot.minX + Double(columnIndex) * (width + columnGap)
            var y = blockTop
            var spine: (color: Color, from: Double, to: Double)?
            func closeSpine() {
                if let open = spine, open.to > open.from {
                    frame.append(.line(LineMark(from: Point(x: x + dotRadius, y: open.from), to: Point(x: x + dotRadius, y: open.to), stroke: Stroke(color: pen.palette.grid, width: 3))))
                }
                spine = nil
            }
            var dots: [Mark] = []
            for entry in column {
                let item = dated[entry.caseIndex]
                let accent = ChartPalette.goal(item.primaryGoals.first ?? item.sdgs.first?.goal ?? 17)
                let entryHeight = entry.height * stretch
                guard let milestone = entry.milestone else {
                    closeSpine()
                    let top = y + entryHeight - headerHeight * stretch
                    frame.append(pen.run(canvas.text(item.city), pen.style(nameSize, weight: .bold, maxWidth: width), at: Point(x: x, y: top + (headerHeight * stretch - headerHeight) / 2)))
                    y += entryHeight
                    continue
                }
                let label = pen.run(Self.label(milestone, language: canvas.language), style, at: Point(x: x + textInset, y: y + (entryHeight - entry.height + itemGap) / 2))
                let firstLine = label.origin.y + line / 2
                frame.append(pen.run(String(milestone.year), pen.style(size, weight: .bold), x: x + 2 * dotRadius + 16, midY: firstLine))
                frame.append(label)
                dots.append(.circle(pen.palette.dataDot(center: Point(x: x + dotRadius, y: firstLine), radius: dotRadius, fill: accent)))
                spine = (accent, spine?.from ?? firstLine, firstLine)
                y += entryHeight
            }
            closeSpine()
            // Dots over the spines they sit on.
            frame.append(contentsOf: dots)
        }
        if hidden > 0 {
            let count = dated.suffix(hidden).reduce(0) { $0 + $1.milestones.count }
            frame.append(pen.run(canvas.words.chart.timelineHidden(hidden, count), pen.style(size, color: pen.palette.secondaryText, maxWidth: plot.width), x: plot.minX, midY: plot.maxY - noteHeight / 2))
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
            words.chart.timelineAltItem(canvas.text(item.city), Self.sorted(item).map { ($0.year, canvas.text($0.event)) })
        }
        let years = dated.flatMap(\.milestones).map(\.year)
        return AltText.sentences([words.chart.timelineAlt(dated.count, years.min(), years.max()), AltText.sentence(parts, count: dated.count, words: words)], words: words)
    }
}
