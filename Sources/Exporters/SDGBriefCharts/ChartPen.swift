import SDGBriefGraphics

/// Sets text for a chart: sizes for slides and measuring with the renderer's
/// measurer, so every run carries the extent it will be drawn with.
///
/// Text too long for its lines is shortened here, not by the renderer: Pango
/// ends Chinese with "⋯" and Latin with "…", and may cut inside a number
/// ("疏散30⋯" for 3000多人). Here a cut falls only between words or whole
/// numbers and always ends in "…".
struct ChartPen<M: TextMeasurer> {
    let measurer: M
    let palette: ChartPalette

    static var ellipsis: String { "…" }

    func style(
        _ size: Double, weight: FontWeight = .regular, color: Color? = nil,
        alignment: TextAlignment = .left, maxWidth: Double? = nil, maxLines: Int? = 1
    ) -> TextStyle {
        TextStyle(
            size: size, weight: weight, color: color ?? palette.text, alignment: alignment,
            maxWidth: maxWidth, maxLines: maxWidth == nil ? nil : maxLines
        )
    }

    func measure(_ text: String, _ style: TextStyle) -> TextMetrics {
        measurer.measure(text, style: style)
    }

    func width(_ text: String, _ size: Double, weight: FontWeight = .regular) -> Double {
        measure(text, style(size, weight: weight)).logical.width
    }

    /// `text` as it fits `style`'s lines: whole when it fits, else the longest
    /// start that ends at a safe cut, plus "…". Also says whether it was cut.
    /// When not even the first word fits (a city named in one long Latin
    /// word), the word itself is cut: "Llanfairpwll…" says which case a row
    /// is, a lone "…" does not.
    func fitted(_ text: String, _ style: TextStyle) -> (text: String, metrics: TextMetrics, isShortened: Bool) {
        let whole = measure(text, style)
        guard whole.isEllipsized else { return (text, whole, false) }
        let best = longestFitting(text, at: Self.safeCuts(text), style)
            ?? longestFitting(text, at: Self.safeCuts(text, splittingWords: true), style)
        let result = best ?? (Self.ellipsis, measure(Self.ellipsis, style))
        return (result.text, result.metrics, true)
    }

    /// The longest of `text` shortened at one of `cuts` (ascending) that
    /// fits `style`'s lines, if any does.
    private func longestFitting(_ text: String, at cuts: [Int], _ style: TextStyle) -> (text: String, metrics: TextMetrics)? {
        var best: (text: String, metrics: TextMetrics)?
        var low = 0, high = cuts.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let candidate = Self.shortened(text, at: cuts[middle])
            let metrics = measure(candidate, style)
            if metrics.isEllipsized {
                high = middle - 1
            } else {
                best = (candidate, metrics)
                low = middle + 1
            }
        }
        return best
    }

    /// The start of `text` up to `cut` characters, without trailing spaces or
    /// punctuation, then "…".
    static func shortened(_ text: String, at cut: Int) -> String {
        var prefix = Substring(text.prefix(cut))
        while let last = prefix.last, last.isWhitespace || (last.isPunctuation && !"）)》」”".contains(last)) {
            prefix = prefix.dropLast()
        }
        return prefix + ellipsis
    }

    /// Character offsets where text may be cut: never inside a run of Latin
    /// letters or digits (with `splittingWords`, never inside a run of
    /// digits), nor between a number and what belongs to it ("3000多人",
    /// "1.5万", "80%", "1,300").
    static func safeCuts(_ text: String, splittingWords: Bool = false) -> [Int] {
        let characters = Array(text)
        func isWordy(_ c: Character) -> Bool { c.isASCII && ((c.isLetter && !splittingWords) || c.isNumber) }
        // Offsets inside a number with its magnitude and counter: "3000多人", "1.5万", "1,300".
        var inside = Set<Int>()
        var index = 0
        while index < characters.count {
            guard characters[index].isNumber else { index += 1; continue }
            var end = index + 1
            while end < characters.count, characters[end].isNumber || (".,%％".contains(characters[end]) && end + 1 < characters.count && characters[end + 1].isNumber) || "%％".contains(characters[end]) { end += 1 }
            while end < characters.count, "多余万亿千百十".contains(characters[end]) { end += 1 }
            if end < characters.count, "人个年所家元名座次项倍户位".contains(characters[end]) { end += 1 }
            for offset in index + 1 ..< end { inside.insert(offset) }
            index = end
        }
        var cuts: [Int] = []
        for index in 1 ..< max(1, characters.count) where !inside.contains(index) {
            if isWordy(characters[index - 1]), isWordy(characters[index]) { continue }
            cuts.append(index)
        }
        return cuts
    }

    /// A run whose top-left is `origin`, shortened to its lines if need be.
    func run(_ text: String, _ style: TextStyle, at origin: Point) -> TextRun {
        let fit = fitted(text, style)
        return TextRun(fit.text, style: style, origin: origin, metrics: fit.metrics)
    }

    /// A run whose box is vertically centred on `midY`. With `maxWidth` in
    /// the style the run starts at `x` and aligns within that width.
    func run(_ text: String, _ style: TextStyle, x: Double, midY: Double) -> TextRun {
        let fit = fitted(text, style)
        let origin = Point(x: x, y: midY - fit.metrics.logical.midY)
        return TextRun(fit.text, style: style, origin: origin, metrics: fit.metrics)
    }

    /// The height of one line of text at `size`.
    func lineHeight(_ size: Double) -> Double {
        measure("国", style(size)).logical.height
    }
}
