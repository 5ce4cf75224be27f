import SDGBriefGraphics

/// Measures text with the same engine the renderer draws with, so a
/// layout's numbers are the drawn ones.
public struct PangoTextMeasurer: TextMeasurer {
    public let engine: TextEngine

    public init(engine: TextEngine) {
        self.engine = engine
    }

    /// A measurer whose layouts are kept and handed over with
    /// `takeLaidOutText()`, for pages drawn by another engine on another
    /// thread; the engine is then this measurer's alone.
    public init(handingOverFrom engine: TextEngine) {
        engine.keepsLayoutsForHandover = true
        self.engine = engine
    }

    public func measure(_ text: String, style: TextStyle) -> TextMetrics {
        engine.layout(text, style: style).metrics
    }

    public func missingCharacters(in text: String, font: FontRole) -> [MissingCharacter] {
        engine.missingCharacters(in: text, font: font)
    }

    public func takeLaidOutText() -> (any LaidOutText)? {
        engine.handOverLayouts()
    }
}
