/// Lays out text without drawing it, exactly as the renderer will draw it,
/// so that charts and pages can place text before anything is drawn.
public protocol TextMeasurer {
    /// The extent of `text` laid out in `style`, wrapped at `style.maxWidth`.
    func measure(_ text: String, style: TextStyle) -> TextMetrics

    /// Characters of `text` that the font for `font` has no glyph for. An empty
    /// result means the text draws without fallback boxes.
    func missingCharacters(in text: String, font: FontRole) -> [MissingCharacter]

    /// Everything laid out since the last call, given up by this measurer
    /// so that a renderer on another thread can draw it; nil where the
    /// measurer keeps nothing worth handing over.
    func takeLaidOutText() -> (any LaidOutText)?
}

extension TextMeasurer {
    /// Measurers that keep no layouts hand nothing over.
    public func takeLaidOutText() -> (any LaidOutText)? { nil }
}
