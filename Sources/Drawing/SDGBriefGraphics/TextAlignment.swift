/// How lines sit within a text run's width.
///
/// Alignment only has an effect when the style has a `maxWidth`; without one
/// the run is as wide as its widest line.
public enum TextAlignment: String, Sendable, Hashable {
    case left
    case center
    case right
    /// Every line but the last is stretched to the full width, as in print.
    case justify
}
