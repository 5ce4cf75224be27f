/// One slide of the deck: the deck's own text, or a chart filling the slide;
/// either way with speaker notes.
struct DeckSlide: Sendable {
    enum Content: Sendable {
        case text(TextSlide)
        case chart(DeckChart)
    }

    var content: Content
    /// Paragraphs of the speaker notes.
    var notes: [String]
}
