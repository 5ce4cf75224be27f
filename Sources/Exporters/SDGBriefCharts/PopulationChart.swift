import SDGBriefCore
import SDGBriefGraphics

/// One figure compared across the cases that state it, as horizontal bars
/// from largest to smallest: the cities' populations unless another metric
/// id is asked for. Cases without the figure are named in a note.
public struct PopulationChart: Chart {
    public let id = "population"
    public static let defaultMetric = "population"

    public init() {}

    /// Cases stating `metric`, largest first (report order among equals), and the rest.
    public static func values(_ report: Report, metric: String) -> (values: [(item: Case, metric: Metric)], missing: [Case]) {
        var values: [(item: Case, metric: Metric)] = []
        var missing: [Case] = []
        for item in report.cases {
            if let figure = item.figures.first(where: { $0.id == metric }) { values.append((item, figure)) } else { missing.append(item) }
        }
        let order = values.enumerated().sorted { a, b in
            a.element.metric.value != b.element.metric.value ? a.element.metric.value > b.element.metric.value : a.offset < b.offset
        }
        return (order.map(\.element), missing)
    }

    /// What is wrong with comparing `metric` (`--metric`), when `charts` are
    /// the charts asked for (none: every chart): a figure id no case states,
    /// or this chart left out, so that the option would change nothing. Nil
    /// when nothing is; checked before anything is drawn, whatever the formats.
    public static func metricProblem(_ metric: String?, charts: [String], in report: Report) -> String? {
        guard let metric else { return nil }
        let id = PopulationChart().id
        if !charts.isEmpty, !charts.contains(id) {
            return "--metric \(metric): only the \(id) chart compares a figure, and --chart does not draw it (add --chart \(id), or leave out --metric)"
        }
        guard !report.cases.contains(where: { $0.figures.contains { $0.id == metric } }) else { return nil }
        let shared = sharedMetrics(report)
        return "--metric \(metric): no case states a figure with that id (figures several cases share: \(shared.isEmpty ? "none" : shared.joined(separator: ", ")))"
    }

    /// Metric ids that at least two cases state, for the error on an unknown `--metric`.
    public static func sharedMetrics(_ report: Report) -> [String] {
        var counts: [String: Int] = [:]
        for item in report.cases { for id in Set(item.figures.map(\.id)) { counts[id, default: 0] += 1 } }
        return counts.filter { $0.value >= 2 }.map(\.key).sorted()
    }

    private func chartTitle(_ values: [(item: Case, metric: Metric)], metric: String, on canvas: ChartCanvas) -> String {
        metric == Self.defaultMetric ? (canvas.words.chart.titles[id] ?? id) : (values.first.map { canvas.text($0.metric.label) } ?? metric)
    }

    public func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing {
        let metric = canvas.metric ?? Self.defaultMetric
        let (values, missing) = Self.values(report, metric: metric)
        if values.isEmpty, metric != Self.defaultMetric {
            let shared = Self.sharedMetrics(report)
            throw ExportFailure(.invalidOption, "--metric \(metric): no case states a figure with that id; figures several cases share: \(shared.isEmpty ? "none" : shared.joined(separator: ", "))")
        }
        var fields = ChartGlyphCheck.report(report, on: canvas) + report.cases.map { ChartGlyphCheck.city($0, on: canvas) }
        for (item, figure) in values {
            fields.append(("cases[\(item.id)].figures[\(figure.id)].label", canvas.text(figure.label)))
        }
        try ChartGlyphCheck.require(fields, measurer: measurer)
        let pen = ChartPen(measurer: measurer, palette: ChartPalette(canvas.theme))
        var subtitle = canvas.words.chart.comparisonSubtitle(values.count)
        if metric != Self.defaultMetric { subtitle += canvas.words.chart.comparisonMetric(metric) }
        var frame = ChartFrame(title: chartTitle(values, metric: metric, on: canvas), subtitle: subtitle, report: report, canvas: canvas, pen: pen)

        let noteSize = ChartFontSize.small
        let noteStyle = pen.style(noteSize, color: pen.palette.secondaryText, maxWidth: frame.plot.width, maxLines: 2)
        let noteText = missing.isEmpty ? nil : canvas.words.chart.noData + missing.map { canvas.text($0.city) }.joined(separator: canvas.words.listSeparator)
        let noteHeight = noteText.map { pen.measure($0, noteStyle).logical.height + 24 } ?? 0
        let area = Rect(x: frame.plot.minX, y: frame.plot.minY, width: frame.plot.width, height: frame.plot.height - noteHeight)
        let rows = ChartRows(count: values.count, height: area.height, minimum: pen.lineHeight(ChartFontSize.label) + 12, maximum: 360)
        let nameSize = ChartFontSize.label
        let nameWidth = min(values.map { pen.width(canvas.text($0.item.city), nameSize) }.max() ?? 0, area.width * 0.28)
        let barX = area.minX + nameWidth + 24
        let formatter = canvas.formatter
        let labels = values.map { formatter.string($0.metric) }
        let valueWidth = (labels.map { pen.width($0, nameSize, weight: .bold) }.max() ?? 0) + 20
        let maxValue = max(values.map(\.metric.value).max() ?? 1, .leastNonzeroMagnitude)
        let span = max(0, area.maxX - valueWidth - barX)
        // Few bars grow thick rather than leave the slide's lower half empty.
        let barHeight = min(rows.rowHeight * 0.55, 150)
        let color = ChartPalette.goal(11)

        for (index, entry) in values.prefix(rows.shown).enumerated() {
            let midY = area.minY + (Double(index) + 0.5) * rows.rowHeight
            frame.append(pen.run(canvas.text(entry.item.city), pen.style(nameSize, maxWidth: nameWidth), x: area.minX, midY: midY))
            let width = max(2, span * max(0, entry.metric.value) / maxValue)
            frame.append(.rect(pen.palette.dataRect(Rect(x: barX, y: midY - barHeight / 2, width: width, height: barHeight), cornerRadius: 3, fill: color)))
            frame.append(pen.run(labels[index], pen.style(nameSize, weight: .bold), x: barX + width + 12, midY: midY))
        }
        if let note = rows.note(canvas.words.chart) {
            let midY = area.minY + (Double(rows.shown) + 0.5) * rows.rowHeight
            frame.append(pen.run(note, pen.style(noteSize, color: pen.palette.secondaryText, maxWidth: area.width), x: area.minX, midY: midY))
        }
        if let noteText {
            // Right under the bars, where the eye leaves them, not down by the footer.
            let rowsEnd = area.minY + Double(rows.shown + (rows.hidden > 0 ? 1 : 0)) * rows.rowHeight
            frame.append(pen.run(noteText, noteStyle, at: Point(x: area.minX, y: min(rowsEnd, area.maxY) + 24)))
        }
        return frame.drawing
    }

    public func title(_ report: Report, on canvas: ChartCanvas) -> String {
        let metric = canvas.metric ?? Self.defaultMetric
        return chartTitle(Self.values(report, metric: metric).values, metric: metric, on: canvas)
    }

    public func hasData(_ report: Report, on canvas: ChartCanvas) -> Bool {
        !Self.values(report, metric: canvas.metric ?? Self.defaultMetric).values.isEmpty
    }

    public func altText(_ report: Report, on canvas: ChartCanvas) -> String {
        let metric = canvas.metric ?? Self.defaultMetric
        let (values, missing) = Self.values(report, metric: metric)
        let formatter = canvas.formatter
        let words = canvas.words
        let parts = values.lazy.map { words.chart.comparisonAltItem(canvas.text($0.item.city), formatter.string($0.metric)) }
        return AltText.sentences([
            words.chart.comparisonAlt(chartTitle(values, metric: metric, on: canvas)),
            AltText.sentence(parts, count: values.count, words: words),
            missing.isEmpty ? "" : words.chart.comparisonAltMissing(AltText.names(missing.lazy.map { canvas.text($0.city) }, count: missing.count, words: words)),
        ], words: words)
    }
}
