/// How a text run looks and wraps.
///
/// ## Units
/// Every length here, `size` included, is in the unit of the canvas the text
/// is drawn on: CSS px (1/96 in) on an SVG or PNG chart, PostScript pt
/// (1/72 in) on a PDF page. The renderer sets the font's absolute size in
/// that unit, so a 24 px label on a 1920×1080 SVG is 24 px tall there, and a
/// 10 pt body on an A4 PDF is 10 pt on paper. No dpi conversion happens
/// anywhere; a layout that wants "10 pt" on a px canvas writes `10 * 96 / 72`.
public struct TextStyle: Sendable, Hashable {
    public var font: FontRole
    /// The em size in canvas units.
    public var size: Double
    public var weight: FontWeight
    public var color: Color
    public var alignment: TextAlignment
    /// Distance from one baseline to the next as a multiple of `size`;
    /// nil leaves the font's own line height.
    public var lineHeight: Double?
    /// Wrap lines longer than this (canvas units); nil never wraps.
    public var maxWidth: Double?
    /// With `maxWidth`, stop after this many lines and end the last with "…".
    public var maxLines: Int?
    /// With `.justify`, stretch the last line too: the first part of a
    /// paragraph split across pages ends mid-paragraph and must look it.
    public var justifiesLastLine: Bool

    public init(
        font: FontRole = .sans,
        size: Double,
        weight: FontWeight = .regular,
        color: Color = .black,
        alignment: TextAlignment = .left,
        lineHeight: Double? = nil,
        maxWidth: Double? = nil,
        maxLines: Int? = nil,
        justifiesLastLine: Bool = false
    ) {
        self.font = font
        self.size = size
        self.weight = weight
        self.color = color
        self.alignment = alignment
        self.lineHeight = lineHeight
        self.maxWidth = maxWidth
        self.maxLines = maxLines
        self.justifiesLastLine = justifiesLastLine
    }
}
