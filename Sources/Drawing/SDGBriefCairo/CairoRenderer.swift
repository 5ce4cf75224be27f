import Foundation
import SDGBriefGraphics

/// Draws a `Drawing` as SVG or PNG, and measures text exactly as it draws it.
///
/// Canvas units are CSS px: a 1920×1080 drawing is a 1920×1080 px SVG, and a
/// PNG of `scale` 2 is 3840×2160 pixels.
public final class CairoRenderer {
    public let engine: TextEngine

    public init(engine: TextEngine) {
        self.engine = engine
    }

    /// Loads and checks the project's fonts; see `TextEngine.init()`.
    public convenience init() throws(RenderError) {
        self.init(engine: try TextEngine())
    }

    /// Loads and checks the fonts for text in `language`; see `TextEngine.init(language:)`.
    public convenience init(language: String) throws(RenderError) {
        self.init(engine: try TextEngine(language: language))
    }

    /// The measurer that matches this renderer's drawing.
    public var measurer: PangoTextMeasurer { PangoTextMeasurer(engine: engine) }

    /// An SVG 1.1 document sized in px, with text as glyph outlines. The same
    /// drawing gives the same bytes however many surfaces the process made before.
    public func renderSVG(_ drawing: Drawing) throws(RenderError) -> Data {
        try Self.validate(drawing.size)
        let surface = try Surface.svg(width: drawing.size.width, height: drawing.size.height)
        do {
            let context = try DrawingContext(surface: surface)
            try MarkPainter(context: context, engine: engine, writesTags: false).paint(drawing)
        }
        return SVGSurfaceIDs.normalize(try surface.finish())
    }

    /// A PNG of `drawing.size × scale` pixels, rounded to whole pixels.
    public func renderPNG(_ drawing: Drawing, scale: Double = 1) throws(RenderError) -> Data {
        let width = (drawing.size.width * scale).rounded()
        let height = (drawing.size.height * scale).rounded()
        guard scale > 0, scale.isFinite else { throw RenderError.invalidSize(width: width, height: height) }
        try Self.validate(Size(width: width, height: height))
        let surface = try Surface.image(width: Int(width), height: Int(height))
        do {
            let context = try DrawingContext(surface: surface)
            context.scale(by: scale)
            try MarkPainter(context: context, engine: engine, writesTags: false).paint(drawing)
        }
        return try surface.writePNG()
    }

    /// Cairo surfaces are limited to 32767 device units a side.
    static func validate(_ size: Size) throws(RenderError) {
        guard size.width >= 1, size.height >= 1, size.width <= 32767, size.height <= 32767 else {
            throw RenderError.invalidSize(width: size.width, height: size.height)
        }
    }
}
