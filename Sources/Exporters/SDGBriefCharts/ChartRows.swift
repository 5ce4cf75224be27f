import SDGBriefCore

/// How many rows of a list fit a height, keeping one for a note about the
/// rest: a long list is shortened honestly rather than squeezed below legibility.
struct ChartRows {
    var shown: Int
    var hidden: Int
    var rowHeight: Double

    /// `minimum` keeps a label readable with air around it; rows never grow
    /// past `maximum`, so three cases fill the plot without becoming slabs.
    init(count: Int, height: Double, minimum: Double, maximum: Double) {
        let fits = max(1, Int((height / minimum).rounded(.down)))
        if count <= fits {
            shown = count
            hidden = 0
            rowHeight = count == 0 ? maximum : min(maximum, height / Double(count))
        } else {
            shown = max(1, fits - 1)
            hidden = count - shown
            rowHeight = height / Double(fits)
        }
    }

    func note(_ words: ChartWords) -> String? {
        hidden > 0 ? words.casesHidden(hidden) : nil
    }
}
