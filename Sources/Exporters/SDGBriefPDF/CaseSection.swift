import SDGBriefCore
import SDGBriefGraphics

/// The pages of one case: header with the city in large type, award and
/// goal badges, the partnership call-out, narrative, figures, milestones
/// and partners.
struct CaseSection {
    let report: Report
    let item: Case
    let number: Int
    let blocks: BlockFactory

    static func destination(_ item: Case) -> String { destination(id: item.id) }

    static func destination(id: String) -> String { "case-\(id)" }

    /// The smallest size a long city name is set at before it wraps.
    static let cityFloorSize = 20.0

    var color: Color {
        BriefTheme.goalColor(item.primaryGoals.first ?? item.sdgs.first?.goal ?? 17)
    }

    func flowBlocks() -> [FlowBlock] {
        var result: [FlowBlock] = [header()]
        let awards = item.awards.compactMap { report.award(id: $0).map { blocks.text($0.name) } }
        if let badges = blocks.awardBadges(awards, spaceBefore: 12) { result.append(badges) }
        if !item.sdgs.isEmpty {
            result.append(blocks.goalBadges(item.sdgs.map(\.goal), primary: Set(item.primaryGoals)))
        }
        let words = blocks.words
        if !blocks.text(item.partnership).isEmpty {
            result.append(blocks.callout(label: words.partnershipBox, text: blocks.text(item.partnership), color: color, spaceBefore: 16))
        }
        for (index, paragraph) in item.narrative.enumerated() {
            result.append(blocks.paragraph(blocks.text(paragraph), spaceBefore: index == 0 ? 14 : 6))
        }
        if !item.figures.isEmpty {
            result.append(blocks.subheading(words.keyFigures, color: color))
            result += blocks.figurePanel(item.figures, color: color, spaceBefore: 4)
        }
        if !item.milestones.isEmpty {
            result.append(blocks.subheading(words.milestones, color: color))
            for (index, milestone) in item.milestones.sorted(by: { $0.year < $1.year }).enumerated() {
                result.append(blocks.listItem(lead: words.year(milestone.year), text: blocks.text(milestone.event), leadColor: BriefTheme.readable(color), spaceBefore: index == 0 ? 2 : 4))
            }
        }
        if !item.partners.isEmpty {
            result.append(blocks.subheading(words.partners, color: color))
            let sectors = Sector.known + item.partners.map(\.sector).filter { !Sector.known.contains($0) }
            // Wide enough for the longest sector name of the language on one or two lines.
            let leadWidth = blocks.setsProseAsChinese ? 64.0 : 96
            var first = true
            for sector in sectors {
                let names = item.partners.filter { $0.sector == sector }.map { blocks.text($0.name) }
                guard !names.isEmpty else { continue }
                result.append(blocks.listItem(lead: words.sectorName(sector), text: names.joined(separator: words.listSeparator), leadColor: BriefTheme.muted, leadWidth: leadWidth, spaceBefore: first ? 2 : 4))
                first = false
            }
        }
        return result
    }

    private func header() -> FlowBlock {
        let width = blocks.width
        let kickerStyle = BriefTheme.text(9.5, BriefTheme.readable(color), weight: .bold)
        // A long name is set smaller, down to a floor, and then wraps.
        var cityStyle = BriefTheme.text(30, BriefTheme.ink, weight: .bold, width: width, lineHeight: 1.2)
        while cityStyle.size > Self.cityFloorSize, blocks.measure(blocks.text(item.city), cityStyle).lineCount > 1 { cityStyle.size -= 2 }
        let countryStyle = BriefTheme.text(13, BriefTheme.muted, width: width, lineHeight: 1.2)
        let practiceStyle = BriefTheme.text(15, BriefTheme.accent, weight: .bold, width: width, lineHeight: 1.4)
        let region = blocks.text(item.region)
        let kicker = blocks.words.caseNumber(number) + (region.isEmpty ? "" : blocks.words.dotSeparator + region)
        let kickerHeight = blocks.measure(kicker, kickerStyle).logical.height
        let city = blocks.measure(blocks.text(item.city), cityStyle)
        let countryMetrics = blocks.measure(blocks.text(item.country), countryStyle)
        // The country follows the city's last line when it fits there, else takes a line below.
        let cityEnd = city.lines.last?.logical.maxX ?? 0
        let countryBeside = countryMetrics.lineCount == 1 && cityEnd + 10 + countryMetrics.logical.width <= width
        let countryBelow = countryBeside ? 0 : countryMetrics.logical.height + 2
        let practice = blocks.measure(blocks.text(item.practice), practiceStyle)
        let barHeight = 5.0
        let height = barHeight + 14 + kickerHeight + 4 + city.logical.height + countryBelow + 6 + practice.logical.height
        return .unit(.heading, height: height, keepWithNext: true, destination: Self.destination(item)) { origin in
            var marks: [Mark] = []
            // A bar in the colours of the case's goals, each as wide as its share.
            let goals = item.sdgs.map(\.goal)
            let segment = width / Double(max(1, goals.count))
            for (i, goal) in (goals.isEmpty ? [17] : goals).enumerated() {
                marks.append(.rect(RectMark(Rect(x: origin.x + Double(i) * segment, y: origin.y, width: segment, height: barHeight), fill: BriefTheme.goalColor(goal))))
            }
            var y = origin.y + barHeight + 14
            marks.append(.text(blocks.run(kicker, kickerStyle, at: Point(x: origin.x, y: y))))
            y += kickerHeight + 4
            let cityRun = blocks.run(blocks.text(item.city), cityStyle, at: Point(x: origin.x, y: y))
            marks.append(.text(cityRun))
            // Beside the city, the country sits on the baseline of its last line.
            let countryOrigin = countryBeside
                ? Point(x: origin.x + cityEnd + 10, y: y + (city.lines.last?.baseline ?? city.baseline) - countryMetrics.baseline)
                : Point(x: origin.x, y: y + city.logical.height + 2)
            marks.append(.text(TextRun(NumberGlue.glue(blocks.text(item.country)), style: countryStyle, origin: countryOrigin, metrics: countryMetrics)))
            y += city.logical.height + countryBelow + 6
            marks.append(.text(blocks.run(blocks.text(item.practice), practiceStyle, at: Point(x: origin.x, y: y))))
            return marks
        }
    }
}
