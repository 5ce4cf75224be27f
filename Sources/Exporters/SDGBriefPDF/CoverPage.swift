import Foundation
import SDGBriefCore
import SDGBriefGraphics

/// The cover: title and subtitle, the awards the cases come from, the
/// cities, and which goals the cases address.
struct CoverPage {
    static let destination = "cover"
    let report: Report
    let blocks: BlockFactory
    let date: Date?

    func flowBlocks() -> [FlowBlock] {
        let width = blocks.width
        var result: [FlowBlock] = []
        // The seventeen goal colours as a band: the brief's signature.
        result.append(.unit(.decoration, height: 8, destination: Self.destination) { origin in
            let w = width / 17
            return SDGCatalog.goals.enumerated().map { i, goal in
                .rect(RectMark(Rect(x: origin.x + Double(i) * w, y: origin.y, width: w + 0.2, height: 8), fill: Color(hex: goal.colorHex) ?? BriefTheme.muted))
            }
        })
        // The largest size that sets the title on one line; a long title
        // wraps at the smallest, rather than leave one character alone.
        var titleStyle = BriefTheme.text(34, BriefTheme.ink, weight: .bold, width: width, lineHeight: 1.25)
        while titleStyle.size > 26, blocks.measure(blocks.text(report.title), titleStyle).lineCount > 1 {
            titleStyle.size -= 2
        }
        let subtitleStyle = BriefTheme.text(18, BriefTheme.accent, width: width, lineHeight: 1.4)
        let title = blocks.measure(blocks.text(report.title), titleStyle)
        let subtitle = report.subtitle.map { blocks.measure(blocks.text($0), subtitleStyle) }
        let titleHeight = title.logical.height + (subtitle.map { $0.logical.height + 10 } ?? 0) + 22
        result.append(.unit(.heading, height: titleHeight, spaceBefore: 70) { origin in
            var marks: [Mark] = [.text(blocks.run(blocks.text(report.title), titleStyle, at: origin))]
            var y = origin.y + title.logical.height + 10
            if let text = report.subtitle.map({ blocks.text($0) }) {
                marks.append(.text(blocks.run(text, subtitleStyle, at: Point(x: origin.x, y: y))))
                y += subtitle!.logical.height
            }
            marks.append(.rect(RectMark(Rect(x: origin.x, y: y + 16, width: 60, height: 3), fill: BriefTheme.highlight)))
            return marks
        }.tagged(StructureTag(.heading1)))
        if !report.awards.isEmpty {
            result.append(label(blocks.words.caseSources, spaceBefore: 26))
            if let badges = blocks.awardBadges(report.awards.map { blocks.text($0.name) }, spaceBefore: 6) { result.append(badges) }
        }
        var after: [FlowBlock] = []
        let goals = Set(report.cases.flatMap { $0.sdgs.map(\.goal) })
        if !goals.isEmpty {
            after.append(label(blocks.words.goalsAddressed(goals.count), spaceBefore: 26))
            after.append(goalGrid())
        }
        if !report.figures.isEmpty {
            after.append(label(blocks.words.atAGlance, spaceBefore: 26))
            // A duration ("80年 of history") tells a reader little on a cover; quantities do.
            let quantities = report.figures.filter { $0.unit != .year }
            let headline = Array((quantities.isEmpty ? report.figures : quantities).prefix(3))
            after += blocks.figurePanel(headline, color: BriefTheme.accent, spaceBefore: 8)
        }
        if !report.cases.isEmpty {
            let cities = label(blocks.words.practicesOfCities(report.cases.count), spaceBefore: 26)
            // The list takes what the rest of the cover leaves, so the cover stays one page.
            let taken = (result + after + [cities]).reduce(footHeight) { taken, block in
                guard let height = block.fixedHeight else { preconditionFailure("the cover's blocks are units of known height") }
                return taken + block.spaceBefore + height
            }
            result += [cities, cityList(room: blocks.geometry.content.height - taken - Self.cityListSpaceBefore)]
        }
        return result + after
    }

    private var footStyle: TextStyle { BriefTheme.text(10, BriefTheme.muted, width: blocks.width, lineHeight: 1.5) }

    private var footText: String {
        var lines = [report.publisher.map { blocks.text($0) } ?? "sdgbrief"]
        if let date {
            var calendar = Calendar(identifier: .gregorian)
            // `.gmt` needs no time-zone database, which ICU would load.
            calendar.timeZone = .gmt
            let parts = calendar.dateComponents([.year, .month], from: date)
            lines.append(blocks.words.monthOfYear(parts.year ?? 0, parts.month ?? 1))
        }
        return lines.joined(separator: "\n")
    }

    /// The foot's text, its rule, and air above the rule.
    private var footHeight: Double {
        blocks.measure(footText, footStyle).logical.height + 12 + 18
    }

    /// What stands at the foot of the cover: publisher and date.
    func footMarks() -> [Mark] {
        let geometry = blocks.geometry
        let style = footStyle
        let text = footText
        let metrics = blocks.measure(text, style)
        let y = geometry.content.maxY - metrics.logical.height
        return [
            .rect(RectMark(Rect(x: geometry.content.minX, y: y - 12, width: geometry.content.width, height: 0.5), fill: BriefTheme.rule)),
            MarkGroup.tagged(StructureTag(.paragraph), [.text(blocks.run(text, style, at: Point(x: geometry.content.minX, y: y)))]),
        ]
    }

    private func label(_ text: String, spaceBefore: Double) -> FlowBlock {
        let style = BriefTheme.text(9.5, BriefTheme.muted, weight: .bold)
        let height = blocks.measure(text, style).logical.height
        return .unit(.heading, height: height, spaceBefore: spaceBefore, keepWithNext: true) { origin in
            [.text(blocks.run(text, style, at: origin))]
        }
    }

    /// The cover names at most this many rows of cities, in two columns or
    /// three. A network's full list is the contents' job, and a long one
    /// crowds the cover.
    static let maximumCityRows = 8
    static let cityListSpaceBefore = 8.0

    /// Two columns of larger names while every city fits in eight rows and
    /// the room; otherwise three columns of up to `maximumCityRows` rows, or
    /// as many as `room` takes, the last cell counting the cities left out.
    private func cityList(room: Double) -> FlowBlock {
        let count = report.cases.count
        let twoColumnRows = (count + 1) / 2
        let columns = twoColumnRows <= Self.maximumCityRows && Double(twoColumnRows) * 24 <= room ? 2 : 3
        let rowHeight = columns == 2 ? 24.0 : 19
        let rowsThatFit = max(1, min(Self.maximumCityRows, Int(room / rowHeight)))
        let cells = columns * rowsThatFit
        // When not all fit, the last cell says how many more the contents lists.
        let shown = count > cells ? report.cases.prefix(cells - 1) : report.cases[...]
        let more = count - shown.count
        let gap = 16.0
        let column = (blocks.width - gap * Double(columns - 1)) / Double(columns)
        // A name longer than its column is cut with an ellipsis: the contents
        // and the case's own page give it whole.
        var cityStyle = BriefTheme.text(columns == 2 ? 12.5 : 10.5, BriefTheme.ink, weight: .bold, width: column - 10, lineHeight: 1.3)
        cityStyle.maxLines = 1
        let countryStyle = BriefTheme.text(9, BriefTheme.muted, lineHeight: 1.3)
        let moreStyle = BriefTheme.text(10.5, BriefTheme.muted, width: column - 10, lineHeight: 1.3)
        let rows = (shown.count + (more > 0 ? 1 : 0) + columns - 1) / columns
        return .unit(.panel, height: Double(rows) * rowHeight, spaceBefore: Self.cityListSpaceBefore) { origin in
            var marks: [Mark] = []
            func cell(_ i: Int) -> Point {
                Point(x: origin.x + Double(i / rows) * (column + gap), y: origin.y + Double(i % rows) * rowHeight)
            }
            for (i, item) in shown.enumerated() {
                let x = cell(i).x, y = cell(i).y
                let color = BriefTheme.goalColor(item.primaryGoals.first ?? item.sdgs.first?.goal ?? 17)
                marks.append(.rect(RectMark(Rect(x: x, y: y + 3, width: 3, height: rowHeight - 10), fill: color)))
                let city = blocks.run(blocks.text(item.city), cityStyle, at: Point(x: x + 10, y: y))
                var entry: [Mark] = [.text(city)]
                let country = blocks.measure(blocks.text(item.country), countryStyle)
                let countryX = x + 10 + city.metrics.logical.width + 6
                if countryX + country.logical.width <= x + column {
                    entry.append(.text(TextRun(NumberGlue.glue(blocks.text(item.country)), style: countryStyle, origin: Point(x: countryX, y: city.baseline - country.baseline), metrics: country)))
                }
                // The link names the country even where the cell has no room to show it.
                let place = blocks.text(item.city) + blocks.words.parenthesized(blocks.text(item.country))
                entry.append(.link(LinkArea(Rect(x: x, y: y, width: column, height: rowHeight - 4), to: .destination(CaseSection.destination(item)), alternativeText: place)))
                marks.append(MarkGroup.tagged(StructureTag(.listItem), entry))
            }
            if more > 0 {
                let origin = cell(shown.count)
                marks.append(MarkGroup.tagged(StructureTag(.listItem), [
                    .text(blocks.run(blocks.words.moreCities(more), moreStyle, at: Point(x: origin.x + 10, y: origin.y))),
                    .link(LinkArea(Rect(x: origin.x, y: origin.y, width: column, height: rowHeight - 4), to: .destination(ContentsPage.destination), alternativeText: blocks.words.moreCities(more))),
                ]))
            }
            return marks
        }.tagged(nil, in: .list)
    }

    /// All seventeen goals as squares: in colour with the number of cases
    /// under them when addressed, pale when not.
    private func goalGrid() -> FlowBlock {
        let gap = 4.0
        let size = (blocks.width - gap * 16) / 17
        let numberStyle = BriefTheme.text(11, .white, weight: .bold, width: size, alignment: .center, lineHeight: nil)
        let countStyle = BriefTheme.text(8, BriefTheme.muted, width: size + gap, alignment: .center, lineHeight: nil)
        let counts = Dictionary(grouping: report.cases.flatMap { Set($0.sdgs.map(\.goal)) }, by: { $0 }).mapValues(\.count)
        let countHeight = blocks.measure(blocks.words.caseTally(8), countStyle).logical.height
        return .unit(.panel, height: size + 4 + countHeight, spaceBefore: 8) { origin in
            var marks: [Mark] = []
            for goal in SDGCatalog.goals {
                let x = origin.x + Double(goal.number - 1) * (size + gap)
                let count = counts[goal.number] ?? 0
                let color = Color(hex: goal.colorHex) ?? BriefTheme.muted
                marks.append(.rect(RectMark(Rect(x: x, y: origin.y, width: size, height: size), cornerRadius: 2, fill: count > 0 ? color : color.withAlpha(0.18))))
                var style = numberStyle
                if count == 0 { style.color = color }
                let number = blocks.measure(String(goal.number), style)
                marks.append(.text(TextRun(String(goal.number), style: style, origin: Point(x: x, y: origin.y + (size - number.logical.height) / 2), metrics: number)))
                if count > 0 {
                    marks.append(.text(blocks.run(blocks.words.caseTally(count), countStyle, at: Point(x: x - gap / 2, y: origin.y + size + 4))))
                }
            }
            return marks
        }.tagged(StructureTag(.figure, alternativeText: goalGridAlternativeText(counts)))
    }

    /// What the grid says: how many cases address each goal, and which goals none do.
    private func goalGridAlternativeText(_ counts: [Int: Int]) -> String {
        let addressed = SDGCatalog.goals.filter { (counts[$0.number] ?? 0) > 0 }
        let missing = SDGCatalog.goals.filter { (counts[$0.number] ?? 0) == 0 }
        var text = "十七个可持续发展目标中，案例涉及\(addressed.count)个："
            + addressed.map { "目标\($0.number)\($0.nameZh)\(counts[$0.number] ?? 0)例" }.joined(separator: "、") + "。"
        if !missing.isEmpty { text += "未涉及：" + missing.map { "目标\($0.number)" }.joined(separator: "、") + "。" }
        return text
    }
}
