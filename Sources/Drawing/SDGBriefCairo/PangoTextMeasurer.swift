import SDGBriefGraphics

/// Measures text with the same engine the renderer draws with, so a
/// layout's numbers are the drawn ones.
public struct PangoTextMeasurer: TextMeasurer {
    public let engine: TextEngine

    public init(engine: TextEngine) {
        self.engine = engine
    }

    public func measure(_ text: String, style: TextStyle) -> TextMetrics {
        engine.layout(text, style: style).metrics
    }

    public func missingCharacters(in text: String, font: FontRole) -> [MissingCharacter] {
        engine.missingCharacters(in: text, font: font)
    }
}
