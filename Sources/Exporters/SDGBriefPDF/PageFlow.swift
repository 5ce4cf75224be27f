import SDGBriefGraphics

/// Pours blocks onto pages, top to bottom, under the rules of book
/// typesetting: a heading never ends a page, and a paragraph splits only
/// with at least two lines on each side (no widows, no orphans).
struct PageFlow {
    /// Fewest lines of a paragraph left alone at a page's foot or head.
    static let minimumLines = 2

    let geometry: PageGeometry
    let measurer: any TextMeasurer
    /// The pages not yet taken; the first of them is page `takenPageCount`.
    private(set) var pages: [BriefPage] = []
    /// The page index each named destination landed on.
    private(set) var destinations: [String: Int] = [:]
    private var cursor: Double = 0
    private var pageIsFresh = true
    /// False for a pass that only finds where pages break and where
    /// destinations land: blocks are measured as for drawing, so the breaks
    /// are the same, but no marks are made or kept.
    var keepsMarks = true
    /// How many blocks this flow has placed, in whole or in part.
    private(set) var placedBlockCount = 0
    /// The place, in that count, of the block the current page starts with
    /// or continues: where a short last page begins.
    private(set) var currentPageFirstBlock = 0
    /// Pages handed out by `takeFinishedPages` or `takeRemainingPages` and
    /// dropped, so that a flow of thousands of pages holds one.
    private var takenPageCount = 0

    init(geometry: PageGeometry, measurer: any TextMeasurer) {
        self.geometry = geometry
        self.measurer = measurer
    }

    /// Every page started, taken or not.
    var pageCount: Int { takenPageCount + pages.count }
    var currentPageIndex: Int { pageCount - 1 }
    private var bottom: Double { geometry.content.maxY }

    mutating func startPage(runningTitle: String?) {
        pages.append(BriefPage(runningTitle: runningTitle))
        cursor = geometry.content.minY
        pageIsFresh = true
        currentPageFirstBlock = placedBlockCount
    }

    /// The pages complete so far, that is all but the current one, each
    /// once; the flow then lets them go.
    mutating func takeFinishedPages() -> [BriefPage] {
        take(pages.count - 1)
    }

    /// Every page not yet taken, the current one included: the flow's end.
    /// Nothing may be placed or drawn after it without starting a page.
    mutating func takeRemainingPages() -> [BriefPage] {
        take(pages.count)
    }

    private mutating func take(_ count: Int) -> [BriefPage] {
        guard count > 0 else { return [] }
        let taken = Array(pages.prefix(count))
        pages.removeFirst(count)
        takenPageCount += count
        return taken
    }

    /// Adds marks to the current page outside the flow (cover art, say).
    mutating func draw(_ marks: [Mark]) {
        precondition(!pages.isEmpty, "PageFlow: draw after the flow's pages were all taken")
        pages[pages.count - 1].marks += marks
    }

    /// Moves the cursor down, as a fixed element drawn with `draw` takes room.
    mutating func reserve(until y: Double) {
        cursor = max(cursor, y)
        pageIsFresh = false
    }

    mutating func place(_ blocks: [FlowBlock]) {
        precondition(blocks.isEmpty || !pages.isEmpty, "PageFlow: place after the flow's pages were all taken")
        let measured = blocks.map { Measured(block: $0, measurer: measurer) }
        for index in measured.indices {
            place(measured[index], following: measured[(index + 1)...])
            placedBlockCount += 1
        }
    }

    // MARK: - Placing

    private struct Measured {
        var block: FlowBlock
        var metrics: TextMetrics?
        var lineHeights: [Double]

        init(block: FlowBlock, measurer: any TextMeasurer) {
            self.block = block
            switch block.content {
            case .paragraph(let text, let style):
                let metrics = measurer.measure(text, style: style)
                self.metrics = metrics
                lineHeights = metrics.lines.map(\.logical.height)
            case .unit(let height, _):
                metrics = nil
                lineHeights = [height]
            }
        }

        var isParagraph: Bool { metrics != nil }
        var height: Double { lineHeights.reduce(0, +) }

        /// The least of it that may stand at the foot of a page.
        var minimumStart: Double {
            guard isParagraph, lineHeights.count >= 2 * PageFlow.minimumLines else { return height }
            return lineHeights.prefix(PageFlow.minimumLines).reduce(0, +)
        }
    }

    private func spaceBefore(_ block: FlowBlock) -> Double {
        pageIsFresh ? 0 : block.spaceBefore
    }

    private var available: Double { bottom - cursor }

    /// Room a run of keep-with-next blocks and the start of what follows need.
    private func chainHeight(_ item: Measured, following: ArraySlice<Measured>) -> Double {
        var total = spaceBefore(item.block) + (item.block.keepWithNext ? item.height : item.minimumStart)
        var keep = item.block.keepWithNext
        for next in following {
            guard keep else { break }
            total += next.block.spaceBefore + (next.block.keepWithNext ? next.height : next.minimumStart)
            keep = next.block.keepWithNext
        }
        return total
    }

    /// How much of the current page's text block is taken, 0 to 1.
    var currentPageFill: Double {
        (cursor - geometry.content.minY) / geometry.content.height
    }

    private mutating func place(_ item: Measured, following: ArraySlice<Measured>) {
        if item.block.breaksBefore, !pageIsFresh { newPage() }
        let pageHeight = geometry.content.height
        let needed = chainHeight(item, following: following)
        // A chain taller than a whole page cannot be kept together; start it
        // on the current page rather than leave an empty one.
        if needed > available, !pageIsFresh, needed <= pageHeight {
            newPage()
        }
        if item.isParagraph {
            placeParagraph(item)
        } else {
            if item.height > available, !pageIsFresh { newPage() }
            placeUnit(item)
        }
    }

    private mutating func newPage() {
        startPage(runningTitle: pages.last?.runningTitle)
    }

    private mutating func placeUnit(_ item: Measured) {
        cursor += spaceBefore(item.block)
        let origin = Point(x: geometry.content.minX, y: cursor)
        markDestination(item.block, at: origin)
        guard case .unit(let height, let draw) = item.block.content else { return }
        if keepsMarks {
            BlockTagging.append(draw(origin), structure: item.block.structure, container: item.block.container, to: &pages[pages.count - 1].marks)
            pages[pages.count - 1].blocks.append(PlacedBlock(
                kind: item.block.kind, frame: Rect(origin: origin, size: Size(width: geometry.content.width, height: height)),
                lineCount: 1, paragraphLineCount: 1, isParagraphStart: true, isParagraphEnd: true, keepWithNext: item.block.keepWithNext
            ))
        }
        cursor += height
        pageIsFresh = false
    }

    private mutating func placeParagraph(_ item: Measured) {
        guard case .paragraph(let text, let style) = item.block.content, let metrics = item.metrics else { return }
        let total = item.lineHeights.count
        var first = 0
        cursor += spaceBefore(item.block)
        markDestination(item.block, at: Point(x: geometry.content.minX, y: cursor))
        while first < total {
            let fitting = linesFitting(item.lineHeights[first...], in: available)
            let remaining = total - first
            var count: Int
            if fitting >= remaining {
                count = remaining
            } else {
                // Leave at least two lines for the next page, and put at least two here.
                count = min(fitting, remaining - Self.minimumLines)
                if count < Self.minimumLines {
                    if pageIsFresh {
                        // A page too short even for two lines: place what fits.
                        count = max(1, fitting)
                    } else {
                        newPage()
                        continue
                    }
                }
            }
            let part = Self.slice(text, metrics: metrics, lines: first ..< first + count)
            var partStyle = style
            partStyle.justifiesLastLine = style.alignment == .justify && first + count < total
            let run = TextRun(part, style: partStyle, origin: Point(x: geometry.content.minX, y: cursor), measuredBy: measurer)
            if keepsMarks {
                BlockTagging.append([.text(run)], structure: item.block.structure, container: item.block.container, to: &pages[pages.count - 1].marks)
                pages[pages.count - 1].blocks.append(PlacedBlock(
                    kind: item.block.kind, frame: run.extent, lineCount: run.metrics.lineCount, paragraphLineCount: total,
                    isParagraphStart: first == 0, isParagraphEnd: first + count == total, keepWithNext: item.block.keepWithNext
                ))
            }
            cursor += run.metrics.logical.height
            pageIsFresh = false
            first += count
            if first < total { newPage() }
        }
    }

    private func linesFitting(_ heights: ArraySlice<Double>, in room: Double) -> Int {
        var used = 0.0
        var count = 0
        for height in heights {
            // A hair of tolerance: line heights are sums of rounded Pango units.
            guard used + height <= room + 0.01 else { break }
            used += height
            count += 1
        }
        return count
    }

    /// The text of `lines`, from the line ranges the measurer reported.
    static func slice(_ text: String, metrics: TextMetrics, lines: Range<Int>) -> String {
        let bytes = Array(text.utf8)
        let start = lines.lowerBound == 0 ? 0 : (metrics.lines[lines.lowerBound].utf8Range?.lowerBound ?? 0)
        let end = lines.upperBound >= metrics.lines.count ? bytes.count : (metrics.lines[lines.upperBound].utf8Range?.lowerBound ?? bytes.count)
        return String(decoding: bytes[start ..< end], as: UTF8.self)
    }

    private mutating func markDestination(_ block: FlowBlock, at point: Point) {
        guard let name = block.destination else { return }
        destinations[name] = currentPageIndex
        guard keepsMarks else { return }
        pages[pages.count - 1].marks.append(.destination(NamedDestination(name, at: Point(x: 0, y: max(0, point.y - 24)))))
    }
}
