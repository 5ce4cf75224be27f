import SDGBriefCore
import SDGBriefGraphics

/// The layout's second pass over the body: places each part again, this
/// time keeping its marks, and finishes its pages (running header, folio,
/// label) in reading order, a part at a time.
///
/// It needs only the first pass's page count, so it can run on a thread of
/// its own while the calling thread draws: Pango lays the next part out
/// while Cairo writes the last one. Its measurer's layouts go with the pages
/// (`BriefPage.laidOutText`), so the text is laid out once for placing and
/// drawing alike.
struct BodyPass: Sendable {
    let content: BodyContent
    let geometry: PageGeometry
    let parts: [BodyPart]
    let charts: [(id: String, title: String, drawing: Drawing)]
    /// The front matter's pages, which the body's numbering starts after.
    let bodyStart: Int
    /// The whole brief's pages, which every folio names.
    let pageCount: Int
    let reportTitle: String
    let words: BriefWords
    let language: String

    /// Places the body with `measurer` and hands its finished pages to
    /// `deliver`, a part's worth at a time; stops as soon as `deliver`
    /// returns false, or before a part when `isStopped` says so.
    func run(measurer: any TextMeasurer, isStopped: () -> Bool = { false }, deliver: ([BriefPage]) -> Bool) {
        let blocks = BlockFactory(geometry: geometry, measurer: measurer, language: language)
        let furniture = PageFurniture(geometry: geometry, measurer: measurer, reportTitle: reportTitle, words: words)
        var body = PageFlow(geometry: geometry, measurer: measurer)
        // The body's first pages stand in for the cover and contents, so
        // that its page indexes are the brief's.
        for _ in 0 ..< bodyStart { body.startPage(runningTitle: nil) }
        var skipped = 0
        var index = bodyStart
        func finish(_ pages: [BriefPage]) -> Bool {
            var finished: [BriefPage] = []
            for page in pages {
                guard skipped == bodyStart else {
                    skipped += 1
                    continue
                }
                finished.append(furniture.finish(page, index: index, pageCount: pageCount))
                index += 1
            }
            guard !finished.isEmpty else { return true }
            finished[0].laidOutText = measurer.takeLaidOutText()
            return deliver(finished)
        }
        for part in parts {
            guard !isStopped() else { return }
            content.place(part, on: &body, blocks: blocks, charts: charts)
            guard finish(body.takeFinishedPages()) else { return }
        }
        _ = finish(body.takeRemainingPages())
    }
}
