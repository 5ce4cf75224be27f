import SDGBriefCore
import SDGBriefGraphics

/// Builds the brief's recurring blocks: headings, paragraphs, badges,
/// figure panels. Every text is measured here, so blocks know their height.
struct BlockFactory {
    let geometry: PageGeometry
    let measurer: any TextMeasurer
    /// The language the report's texts are taken in.
    let language: String
    /// The brief's own words in that language.
    let words: BriefWords
    private let formatter: MetricFormatter

    init(geometry: PageGeometry, measurer: any TextMeasurer, language: String = LocalizedText.sourceLanguage) {
        self.geometry = geometry
        self.measurer = measurer
        self.language = language
        words = BriefWords.forLanguage(language)
        formatter = MetricFormatter(words: words)
    }

    var width: Double { geometry.content.width }

    /// A report's text in the brief's language.
    func text(_ localized: LocalizedText) -> String {
        localized.text(in: language)
    }

    /// Two ideographic spaces: the first-line indent of Chinese prose. Part
    /// of the text rather than a layout indent, so the continuation of a
    /// split paragraph starts flush as it should.
    static let indent = "\u{3000}\u{3000}"

    /// Whether prose is set as Chinese is: indented by two ideographic spaces
    /// and justified. Latin prose is set ragged-right and unindented, with
    /// space between paragraphs: Pango justifies without hyphenation, and
    /// narrow columns of English then open gaps of several spaces.
    var setsProseAsChinese: Bool { words.numbers.scaling == .myriads }

    func paragraph(_ text: String, spaceBefore: Double = 6, indented: Bool = true) -> FlowBlock {
        let glued = NumberGlue.glue(text.trimmingCharacters(in: .whitespacesAndNewlines))
        // Latin runs are spaced off Chinese only in Chinese prose; English keeps its own spaces.
        let spaced = setsProseAsChinese ? LatinInChinese.prepare(glued) : glued
        let body = (indented && setsProseAsChinese ? Self.indent : "") + spaced
        let style = BriefTheme.body(width: width, justified: setsProseAsChinese)
        return FlowBlock(kind: .paragraph, content: .paragraph(text: body, style: style), spaceBefore: spaceBefore + (setsProseAsChinese || spaceBefore == 0 ? 0 : 2))
    }

    func run(_ text: String, _ style: TextStyle, at origin: Point) -> TextRun {
        TextRun(NumberGlue.glue(text), style: style, origin: origin, measuredBy: measurer)
    }

    func measure(_ text: String, _ style: TextStyle) -> TextMetrics {
        measurer.measure(NumberGlue.glue(text), style: style)
    }

    /// A section heading: large bold title over a rule in the section's colour.
    func sectionHeading(_ title: String, kicker: String? = nil, color: Color = BriefTheme.accent, destination: String?) -> FlowBlock {
        let kickerStyle = BriefTheme.text(9.5, color, weight: .bold)
        let titleStyle = BriefTheme.text(22, BriefTheme.ink, weight: .bold, width: width, lineHeight: 1.3)
        let kickerHeight = kicker.map { measure($0, kickerStyle).logical.height + 4 } ?? 0
        let titleHeight = measure(title, titleStyle).logical.height
        let height = kickerHeight + titleHeight + 10 + 2.5 + 14
        return .unit(.heading, height: height, keepWithNext: true, destination: destination) { origin in
            var marks: [Mark] = []
            if let kicker { marks.append(.text(run(kicker, kickerStyle, at: origin))) }
            let title = run(title, titleStyle, at: origin.offsetBy(dy: kickerHeight))
            marks.append(.text(title))
            let ruleY = origin.y + kickerHeight + titleHeight + 10
            marks.append(.rect(RectMark(Rect(x: origin.x, y: ruleY, width: 48, height: 2.5), fill: color)))
            marks.append(.rect(RectMark(Rect(x: origin.x + 48, y: ruleY + 1, width: width - 48, height: 0.5), fill: BriefTheme.rule)))
            return marks
        }.tagged(StructureTag(.heading1))
    }

    /// A sub-heading inside a section: small bold text with a colour tick.
    /// `level` is its heading level: 3 inside a case, 2 in a section without sub-sections.
    func subheading(_ title: String, color: Color = BriefTheme.accent, spaceBefore: Double = 16, level: Int = 3) -> FlowBlock {
        let style = BriefTheme.text(12, BriefTheme.ink, weight: .bold, width: width - 10)
        let height = measure(title, style).logical.height + 6
        return .unit(.heading, height: height, spaceBefore: spaceBefore, keepWithNext: true) { origin in
            let text = run(title, style, at: origin.offsetBy(dx: 10))
            let tick = Rect(x: origin.x, y: origin.y + text.metrics.baseline - 10, width: 3.5, height: 11.5)
            return [.rect(RectMark(tick, fill: color)), .text(text)]
        }.tagged(StructureTag(.heading(level: level)))
    }

    /// A tinted box with a coloured bar, a small label and justified text.
    func callout(label: String, text: String, color: Color, spaceBefore: Double = 14) -> FlowBlock {
        let pad = 12.0
        let labelStyle = BriefTheme.text(9, BriefTheme.readable(color), weight: .bold)
        let textStyle = TextStyle(size: 10, color: BriefTheme.ink, alignment: setsProseAsChinese ? .justify : .left, lineHeight: 1.65, maxWidth: (width - 2 * pad - 4).rounded(.down))
        let labelHeight = measure(label, labelStyle).logical.height
        let body = LatinInChinese.prepare(NumberGlue.glue(text))
        let bodyHeight = measurer.measure(body, style: textStyle).logical.height
        let height = pad + labelHeight + 4 + bodyHeight + pad
        return .unit(.panel, height: height, spaceBefore: spaceBefore) { origin in
            [
                .rect(RectMark(Rect(x: origin.x, y: origin.y, width: width, height: height), fill: BriefTheme.tint)),
                .rect(RectMark(Rect(x: origin.x, y: origin.y, width: 4, height: height), fill: color)),
                .text(run(label, labelStyle, at: origin.offsetBy(dx: pad + 4, dy: pad))),
                .text(TextRun(body, style: textStyle, origin: origin.offsetBy(dx: pad + 4, dy: pad + labelHeight + 4), measuredBy: measurer)),
            ]
        }
    }

    /// Figures as big numbers with their labels, three to a row; one block per row
    /// so that a long panel may continue on the next page between rows.
    func figurePanel(_ metrics: [Metric], color: Color, columns: Int = 3, spaceBefore: Double = 12) -> [FlowBlock] {
        guard !metrics.isEmpty else { return [] }
        let gap = 12.0
        let cell = (width - gap * Double(columns - 1)) / Double(columns)
        let pad = 9.0
        let numberStyle = BriefTheme.text(19, BriefTheme.readable(color), weight: .bold, width: cell - 2 * pad, lineHeight: 1.15)
        let smallStyle = BriefTheme.text(9, BriefTheme.muted, width: cell - 2 * pad)
        let labelStyle = BriefTheme.text(9, BriefTheme.ink, width: cell - 2 * pad, lineHeight: 1.4)
        var rows: [FlowBlock] = []
        for start in stride(from: 0, to: metrics.count, by: columns) {
            let row = Array(metrics[start ..< min(metrics.count, start + columns)])
            struct Cell { var qualifier: String; var number: String; var label: String }
            let cells = row.map { metric -> Cell in
                let parts = formatter.parts(metric)
                let year = metric.year.map { words.parenthesized(words.year($0)) } ?? ""
                let unit = parts.unit.isEmpty ? "" : (parts.gluedUnit ? "" : parts.space) + parts.unit
                return Cell(qualifier: parts.qualifier, number: parts.number + unit, label: text(metric.label) + year)
            }
            // Every cell keeps the qualifier's line when one has it, so the
            // big numbers of a row share one baseline.
            let qualifierHeight = cells.contains { !$0.qualifier.isEmpty } ? measure("约", smallStyle).logical.height : 0
            // A long figure (“7533人/平方公里”) is set smaller rather than broken.
            let numberStyles = cells.map { c -> TextStyle in
                var style = numberStyle
                while style.size > 12, measure(c.number, style).lineCount > 1 { style.size -= 1 }
                return style
            }
            let numberHeight = zip(cells, numberStyles).map { measure($0.number, $1).logical.height }.max() ?? 0
            let heights = cells.map { c -> Double in
                pad + qualifierHeight + numberHeight + 3 + measure(c.label, labelStyle).logical.height + pad
            }
            let height = heights.max() ?? 0
            rows.append(.unit(.panel, height: height, spaceBefore: start == 0 ? spaceBefore : gap) { origin in
                var marks: [Mark] = []
                for (i, c) in cells.enumerated() {
                    let x = origin.x + Double(i) * (cell + gap)
                    marks.append(.rect(RectMark(Rect(x: x, y: origin.y, width: cell, height: height), fill: BriefTheme.tint)))
                    marks.append(.rect(RectMark(Rect(x: x, y: origin.y, width: cell, height: 2.5), fill: color)))
                    var y = origin.y + pad
                    var value: [Mark] = []
                    if !c.qualifier.isEmpty {
                        value.append(.text(run(c.qualifier, smallStyle, at: Point(x: x + pad, y: y))))
                    }
                    y += qualifierHeight
                    let n = run(c.number, numberStyles[i], at: Point(x: x + pad, y: y))
                    // Numbers of a row share the baseline of the tallest.
                    let drop = numberHeight - n.metrics.logical.height
                    value.append(.text(TextRun(n.text, style: n.style, origin: n.origin.offsetBy(dy: drop * 0.8), metrics: n.metrics)))
                    y += numberHeight + 3
                    // To a screen reader each figure is a row of a table: its label heads its value.
                    let label = run(c.label, labelStyle, at: Point(x: x + pad, y: y))
                    marks.append(MarkGroup.tagged(StructureTag(.tableRow), [
                        MarkGroup.tagged(StructureTag(.tableHeader, headerScope: .row), [.text(label)]),
                        MarkGroup.tagged(StructureTag(.tableData), value),
                    ]))
                }
                return marks
            }.tagged(nil, in: .table))
        }
        return rows
    }

    /// A row of goal badges: the goal's colour square with its number, and
    /// its Chinese short name. Wraps onto further rows as needed.
    func goalBadges(_ goals: [Int], primary: Set<Int>, spaceBefore: Double = 10) -> FlowBlock {
        let square = 22.0
        let nameStyle = BriefTheme.text(9, BriefTheme.ink)
        let relatedStyle = BriefTheme.text(9, BriefTheme.muted)
        let numberStyle = BriefTheme.text(11, .white, weight: .bold, width: square, alignment: .center, lineHeight: nil)
        var placements: [(goal: Int, x: Double, row: Int, nameWidth: Double)] = []
        var x = 0.0
        var row = 0
        for goal in goals {
            let name = words.goalName(goal)
            let nameWidth = measure(name, nameStyle).logical.width
            let badgeWidth = square + 5 + nameWidth + 14
            if x > 0, x + badgeWidth - 14 > width {
                x = 0
                row += 1
            }
            placements.append((goal, x, row, nameWidth))
            x += badgeWidth
        }
        let rowHeight = square + 6
        let height = Double(row + 1) * rowHeight - 6
        return .unit(.panel, height: height, spaceBefore: spaceBefore) { origin in
            var marks: [Mark] = []
            for p in placements {
                let top = origin.y + Double(p.row) * rowHeight
                let left = origin.x + p.x
                let color = BriefTheme.goalColor(p.goal)
                let isPrimary = primary.contains(p.goal)
                // Filled for a primary goal, outlined for a related one, as the matrix chart draws them.
                let box = Rect(x: left, y: top, width: square, height: square)
                marks.append(.rect(isPrimary
                    ? RectMark(box, cornerRadius: 2, fill: color)
                    : RectMark(box.insetBy(dx: 0.75, dy: 0.75), cornerRadius: 2, fill: .white, stroke: Stroke(color: color, width: 1.5))))
                var style = numberStyle
                if !isPrimary { style.color = color }
                let number = run(String(p.goal), style, at: Point(x: left, y: top))
                marks.append(.text(TextRun(number.text, style: style, origin: Point(x: left, y: top + (square - number.metrics.logical.height) / 2), metrics: number.metrics)))
                let name = words.goalName(p.goal)
                let label = run(name, isPrimary ? nameStyle : relatedStyle, at: Point(x: left + square + 5, y: top))
                marks.append(.text(TextRun(label.text, style: label.style, origin: Point(x: left + square + 5, y: top + (square - label.metrics.logical.height) / 2), metrics: label.metrics)))
            }
            return marks
        }.tagged(StructureTag(.figure, alternativeText: Self.goalBadgesAlternativeText(goals, primary: primary)))
    }

    /// What the row of badges says: each goal's number and name, and which are primary.
    static func goalBadgesAlternativeText(_ goals: [Int], primary: Set<Int>) -> String {
        let names = goals.map { goal in
            let name = SDGCatalog.goals.first { $0.number == goal }?.nameZh ?? ""
            return "目标\(goal)\(name)" + (primary.contains(goal) ? "（主要）" : "")
        }
        return "本案例涉及的可持续发展目标：" + names.joined(separator: "、") + "。"
    }

    /// Outlined pills naming the awards a case won.
    func awardBadges(_ names: [String], spaceBefore: Double = 10) -> FlowBlock? {
        guard !names.isEmpty else { return nil }
        let style = BriefTheme.text(9, BriefTheme.accent, weight: .bold, lineHeight: nil)
        let runs = names.map { measure("★ " + $0, style) }
        let height = (runs.map(\.logical.height).max() ?? 0) + 8
        return .unit(.panel, height: height, spaceBefore: spaceBefore) { origin in
            var marks: [Mark] = []
            var x = origin.x
            for (name, metrics) in zip(names, runs) {
                let w = metrics.logical.width + 16
                marks.append(.rect(RectMark(Rect(x: x, y: origin.y, width: w, height: height), cornerRadius: height / 2, fill: BriefTheme.accent.withAlpha(0.08), stroke: Stroke(color: BriefTheme.accent, width: 0.75))))
                marks.append(.text(TextRun("★ " + name, style: style, origin: Point(x: x + 8, y: origin.y + 4), metrics: metrics)))
                x += w + 8
            }
            return marks
        }
    }

    /// A two-column row: a narrow bold lead (a year, a sector) and text.
    func listItem(lead: String, text: String, leadColor: Color, leadWidth: Double = 58, spaceBefore: Double = 5) -> FlowBlock {
        let leadStyle = BriefTheme.text(10, leadColor, weight: .bold, width: leadWidth - 6, lineHeight: 1.6)
        let textStyle = BriefTheme.text(10, BriefTheme.ink, width: width - leadWidth, lineHeight: 1.6)
        let height = max(measure(lead, leadStyle).logical.height, measure(text, textStyle).logical.height)
        return .unit(.listItem, height: height, spaceBefore: spaceBefore) { origin in
            [
                .text(run(lead, leadStyle, at: origin)),
                .text(run(text, textStyle, at: origin.offsetBy(dx: leadWidth))),
            ]
        }
    }
}
