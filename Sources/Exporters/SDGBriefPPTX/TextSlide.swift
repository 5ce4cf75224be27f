/// A slide of the deck's own text (the title slide, the closing slide): a
/// column of text boxes and an accent rule, centred vertically beside the
/// strip of goal colours, each box's height estimated from its text so that
/// nothing overlaps at any slide size. Paragraphs that belong together (a
/// label and its list) share one box, so the renderer spaces them itself
/// and an estimate that errs wide leaves room only below the box.
struct TextSlide: Sendable {
    enum Item: Sendable {
        case text([SlideText], spaceAfter: Int)
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
            guard case .text(let texts, let spaceAfter) = item else { return item }
            return .text(texts.map { $0.fitted(in: columnWidth) }, spaceAfter: spaceAfter)
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
        for (index, (item, itemHeight)) in zip(items, heights).enumerated() {
            switch item {
            case .text(let texts, let spaceAfter):
                // Text above the rule sits on it: room left by an estimate that
                // erred wide then opens above the text, not between it and the rule.
                var ruled = false
                if index + 1 < items.count, case .rule = items[index + 1] { ruled = true }
                shapes += DrawingML.textBox(
                    id: id, name: "\(name) \(id)", x: margin, y: y, width: columnWidth,
                    height: itemHeight - spaceAfter, paragraphs: texts, language: language, bottomAligned: ruled
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
        var texts: [[SlideText]] = items.map { item in
            guard case .text(let texts, _) = item else { return [] }
            return texts
        }
        let designed = self.items.map { item -> [SlideText] in
            guard case .text(let texts, _) = item else { return [] }
            return texts
        }
        func rebuilt() -> [Item] {
            zip(items, texts).map { item, texts in
                guard case .text(_, let spaceAfter) = item else { return item }
                return .text(texts, spaceAfter: spaceAfter)
            }
        }
        func total() -> Int { rebuilt().map { height(of: $0, width: width) }.reduce(0, +) }
        while total() > available {
            var shrunk = false
            for i in texts.indices {
                for j in texts[i].indices where texts[i][j].points - 2 >= max(SlideText.minimumPoints, designed[i][j].points * 2 / 3) {
                    texts[i][j].points -= 2
                    shrunk = true
                }
            }
            if !shrunk { break }
        }
        while total() > available {
            let longest = texts.indices.flatMap { i in texts[i].indices.map { (i, $0) } }
                .max { texts[$0.0][$0.1].lines(in: width) < texts[$1.0][$1.1].lines(in: width) }
            guard let (i, j) = longest else { break }
            let lines = texts[i][j].lines(in: width)
            guard lines > 1 else { break }
            texts[i][j] = texts[i][j].truncated(toLines: lines - 1, in: width)
        }
        return rebuilt()
    }

    private func height(of item: Item, width: Int) -> Int {
        switch item {
        case .text(let texts, let spaceAfter):
            let gaps = texts.dropFirst().map(\.gapAbove).reduce(0, +)
            return texts.map { $0.height(lines: $0.lines(in: width)) }.reduce(0, +) + gaps + spaceAfter
        case .rule(_, let points, let spaceAfter):
            return points * SlideGeometry.emuPerPoint + spaceAfter
        case .space(let height):
            return height
        }
    }
}
