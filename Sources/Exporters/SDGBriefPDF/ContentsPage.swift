import SDGBriefGraphics

/// The contents: every section and case with its page number, each line a
/// link to its destination. Rows are blocks, so a long list flows on.
struct ContentsPage {
    static let destination = "contents"
    let blocks: BlockFactory

    /// The heading, then one block per entry, made as they are asked for: a
    /// network's contents run to thousands of entries, and each block keeps
    /// its measured title until it is drawn.
    func flowBlocks(_ entries: [ContentsEntry], pageNumber: @escaping (String) -> Int?) -> some Sequence<FlowBlock> {
        (0 ... entries.count).lazy.map { index in block(index, of: entries, pageNumber: pageNumber) }
    }

    /// The `index`th of `flowBlocks`: the heading, then the entries.
    func block(_ index: Int, of entries: [ContentsEntry], pageNumber: (String) -> Int?) -> FlowBlock {
        index == 0 ? blocks.sectionHeading(blocks.words.contents, destination: Self.destination) : entryBlock(entries[index - 1], isFirst: index == 1, pageNumber: pageNumber)
    }

    /// Where the contents' last page should start so that it is at least a
    /// quarter full, as a section's last page is (see `BodyContent`), given
    /// `flow` just after placing them: the index of the first entry carried
    /// over from the page before, or nil when the last page is full enough
    /// or the contents take one page. `firstBlock` and `firstPage` are the
    /// flow's block count and page index where the contents began.
    func tailStart(_ entries: [ContentsEntry], after flow: PageFlow, firstBlock: Int, firstPage: Int) -> Int? {
        guard flow.currentPageIndex > firstPage, flow.currentPageFill < BodyContent.minimumTailFill else { return nil }
        let page = blocks.geometry.content.height
        let noNumber: (String) -> Int? = { _ in nil }
        var start = flow.currentPageFirstBlock - firstBlock
        guard start > 1, start <= entries.count else { return nil }
        // The page's first entry no longer stands at the top, so its space before counts.
        var tail = flow.currentPageFill * page + block(start, of: entries, pageNumber: noNumber).spaceBefore
        while tail < BodyContent.minimumTailFill * page, start > 1 {
            start -= 1
            let carried = block(start, of: entries, pageNumber: noNumber)
            tail += (carried.fixedHeight ?? 0) + carried.spaceBefore
        }
        // A section's line goes with its first case.
        while start > 1, block(start - 1, of: entries, pageNumber: noNumber).keepWithNext { start -= 1 }
        return start > 1 ? start : nil
    }

    private func entryBlock(_ entry: ContentsEntry, isFirst: Bool, pageNumber: (String) -> Int?) -> FlowBlock {
        let width = blocks.width
        let numberWidth = 40.0
        let isSection = entry.level == 0
        let indent = isSection ? 0.0 : 26.0
        let titleStyle = BriefTheme.text(isSection ? 12 : 10.5, BriefTheme.ink, weight: isSection ? .bold : .regular,
                                         width: width - indent - numberWidth - 30, lineHeight: 1.5)
        let caseNumberStyle = BriefTheme.text(10.5, BriefTheme.muted, weight: .bold, lineHeight: 1.5)
        let pageStyle = BriefTheme.text(isSection ? 12 : 10.5, BriefTheme.ink, weight: isSection ? .bold : .regular, width: numberWidth, alignment: .right, lineHeight: 1.5)
        let title = blocks.measure(entry.title, titleStyle)
        let page = pageNumber(entry.destination).map(String.init) ?? "0"
        let spaceBefore = isFirst ? 4.0 : (isSection ? 12 : 3)
        return .unit(.contentsEntry, height: title.logical.height, spaceBefore: spaceBefore, keepWithNext: isSection && entry.destination == "cases") { origin in
            var marks: [Mark] = []
            let x = origin.x + indent
            let titleRun = blocks.run(entry.title, titleStyle, at: Point(x: x, y: origin.y))
            if let number = entry.number {
                marks.append(.text(blocks.run(number, caseNumberStyle, at: Point(x: x - 22, y: origin.y))))
            }
            marks.append(.text(titleRun))
            let pageRun = blocks.run(page, pageStyle, at: Point(x: origin.x + width - numberWidth, y: origin.y + title.logical.height - title.lines.last!.logical.height))
            marks.append(.text(pageRun))
            // A dotted leader from the end of the title's last line to the number.
            let lastLine = title.lines.last!
            let leaderY = titleRun.origin.y + lastLine.baseline - 3
            let from = x + lastLine.logical.maxX + 6
            let to = origin.x + width - numberWidth + pageRun.metrics.logical.minX - 4
            if to > from {
                marks.append(.line(LineMark(from: Point(x: from, y: leaderY), to: Point(x: to, y: leaderY), stroke: Stroke(color: BriefTheme.rule, width: 1, dash: [1, 3], cap: .round))))
            }
            let area = Rect(x: origin.x, y: origin.y, width: width, height: title.logical.height)
            marks.append(.link(LinkArea(area, to: .destination(entry.destination), alternativeText: blocks.words.pageReference(entry.title, Int(page) ?? 0))))
            return marks
        }
    }
}
