import SDGBriefGraphics

/// Why drawing, measuring or writing an output failed.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// Pango resolved a font family the project needs to another font, which
    /// means the font is not installed.
    case fontNotInstalled(family: String, resolvedTo: String, package: String)
    /// The text holds characters the font cannot draw; drawing it would show
    /// fallback boxes or another font's glyphs.
    case missingGlyphs(text: String, family: String, characters: [MissingCharacter])
    /// Cairo reported a failure.
    case cairo(operation: String, message: String)
    /// A canvas or page size no surface can have.
    case invalidSize(width: Double, height: Double)
    /// Completing a PDF's accessibility with qpdf failed.
    case pdfPostProcessing(String)
    /// zlib refused to start or failed while compressing an image; a
    /// failure of the library or of memory, not a mistake of the caller.
    case compression(String)
    /// A call out of order, such as drawing on a PDF page that was never begun.
    case misuse(String)

    public var description: String {
        switch self {
        case let .fontNotInstalled(family, resolvedTo, package):
            return "The font “\(family)” is not installed (Pango resolved it to “\(resolvedTo)”). "
                + "Install it with: apt-get install \(package)"
        case let .missingGlyphs(text, family, characters):
            let list = characters.map(\.description).joined(separator: ", ")
            return "The font “\(family)” has no glyph for \(list) in “\(text)”."
        case let .cairo(operation, message):
            return "Cairo failed to \(operation): \(message)."
        case let .invalidSize(width, height):
            return "\(width)×\(height) is not a size a canvas can have."
        case let .pdfPostProcessing(message):
            return "Completing the PDF's tags failed: \(message)."
        case let .compression(message):
            return "Compressing the PNG failed: \(message)."
        case let .misuse(message):
            return message
        }
    }
}
