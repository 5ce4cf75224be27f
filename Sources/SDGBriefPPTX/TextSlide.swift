/// A slide of the deck's own text (the title slide, the closing slide): a
/// column of paragraphs and an accent rule, centred vertically between the
/// strip of goal colours and the slide's foot, each paragraph's height
/// estimated from its text so that nothing overlaps at any slide size.
struct TextSlide: Sendable {
    enum Item: Sendable {
        case text(SlideText, spaceAfter: Int)
        /// A short bar in `color`, `points` thick.
        case rule(color: String, points: Int, spaceAfter: Int)
        /// Empty space between groups, in EMU.
        case space(Int)
    }

    enum StripPosition: Sendable { case top, bottom }

    var name: String
    var items: [Item]
    var strip: StripPosition

    /// The slide's `<p:spTree>`.
    func shapeTree(_ geometry: SlideGeometry, colors: DeckColors, language: String) -> String {
        let margin = geometry.width / 14
        let stripHeight = geometry.height / 40
        let columnWidth = geometry.width - 2 * margin
        let areaHeight = geometry.height - stripHeight - margin
        let items = fitting(self.items.map { item -> Item in
            guard case .text(let text, let spaceAfter) = item else { return item }
            return .text(text.fitted(in: columnWidth), spaceAfter: spaceAfter)
        }, width: columnWidth, height: areaHeight)
        let heights = items.map { height(of: $0, width: columnWidth) }
        let total = heights.reduce(0, +)
        let areaTop = (strip == .top ? stripHeight : 0) + margin / 2
        var y = areaTop + max(0, (areaHeight - total) / 2)
        var shapes = DrawingML.goalStrip(
            firstID: 2, y: strip == .top ? 0 : geometry.height - stripHeight,
            width: geometry.width, height: stripHeight, colors: colors.goals
        )
        var id = 2 + colors.goals.count
        for (item, itemHeight) in zip(items, heights) {
            switch item {
            case .text(let text, let spaceAfter):
                shapes += DrawingML.textBox(
                    id: id, name: "\(name) \(id)", x: margin, y: y, width: columnWidth,
                    height: itemHeight - spaceAfter, paragraphs: [text], language: language
                )
            case .rule(let color, let points, _):
                shapes += DrawingML.rectangle(
                    id: id, name: "\(name) rule", x: margin, y: y,
                    width: geometry.width / 10, height: points * SlideGeometry.emuPerPoint, color: color
                )
            case .space:
                break
            }
            id += 1
            y += itemHeight
        }
        return DrawingML.shapeTree(shapes)
    }

    /// `items` made to fit `height`: all text a step smaller at a time, none
    /// below two thirds of its size (titles stay titles) nor below 18 pt, and
    /// a text still too long then cut, longest first.
    private func fitting(_ items: [Item], width: Int, height available: Int) -> [Item] {
        var items = items
        func total() -> Int { items.map { height(of: $0, width: width) }.reduce(0, +) }
        while total() > available {
            var shrunk = false
            items = zip(items, self.items).map { item, original in
                guard case .text(var text, let spaceAfter) = item, case .text(let designed, _) = original else { return item }
                let floor = max(SlideText.minimumPoints, designed.points * 2 / 3)
                guard text.points - 2 >= floor else { return item }
                text.points -= 2
                shrunk = true
                return .text(text, spaceAfter: spaceAfter)
            }
            if !shrunk { break }
        }
        while total() > available {
            let lines = items.map { item -> Int in
                guard case .text(let text, _) = item else { return 0 }
                return text.lines(in: width)
            }
            guard let longest = lines.indices.max(by: { lines[$0] < lines[$1] }), lines[longest] > 1,
                  case .text(let text, let spaceAfter) = items[longest]
            else { break }
            items[longest] = .text(text.truncated(toLines: lines[longest] - 1, in: width), spaceAfter: spaceAfter)
        }
        return items
    }

    private func height(of item: Item, width: Int) -> Int {
        switch item {
        case .text(let text, let spaceAfter):
            return text.height(lines: text.lines(in: width)) + spaceAfter
        case .rule(_, let points, let spaceAfter):
            return points * SlideGeometry.emuPerPoint + spaceAfter
        case .space(let height):
            return height
        }
    }
}
