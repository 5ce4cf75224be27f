internal import CCairoPango
import Foundation
import SDGBriefGraphics

/// The fonts and Pango state shared by measuring and drawing, so that both
/// lay text out identically.
///
/// Pango's font machinery is not thread-safe: use one engine, and everything
/// made from it, on one thread. Several engines on several threads are fine.
public final class TextEngine {
    /// Debian package providing the fonts, named in errors.
    public static let fontPackage = "fonts-wqy-microhei"

    /// WenQuanYi Micro Hei has TrueType outlines, which cairo 1.16 embeds in
    /// PDFs intact; its CFF subsetter can blank glyphs of CFF fonts.
    public static let defaultFamilies: [FontRole: String] = [
        .sans: "WenQuanYi Micro Hei",
        .monospace: "WenQuanYi Micro Hei Mono",
    ]

    /// The family each role is drawn in.
    public let families: [FontRole: String]
    let context: TextContext
    private let fonts: [FontRole: LoadedFont]

    /// Fails when any role's font is not what Pango resolves that family to,
    /// that is, when the font is not installed.
    public convenience init() throws(RenderError) {
        try self.init(families: Self.defaultFamilies)
    }

    /// Other families are for tests of the not-installed path; `families`
    /// must name one for every role.
    init(families: [FontRole: String]) throws(RenderError) {
        self.families = families
        context = TextContext(fontMap: FontMap(families: Set(families.values).sorted()))
        var fonts: [FontRole: LoadedFont] = [:]
        for role in FontRole.allCases {
            let family = families[role] ?? ""
            let description = FontDescription(family: family, size: 16, weight: .regular)
            let font = LoadedFont(description: description, context: context)
            let resolved = font?.family ?? "no font"
            guard let font, resolved.caseInsensitiveCompare(family) == .orderedSame else {
                throw RenderError.fontNotInstalled(family: family, resolvedTo: resolved, package: Self.fontPackage)
            }
            fonts[role] = font
        }
        self.fonts = fonts
    }

    public func family(for role: FontRole) -> String {
        families[role] ?? ""
    }

    /// Characters of `text` the role's font has no glyph for. Control and
    /// invisible formatting characters are skipped: Pango draws nothing for them.
    public func missingCharacters(in text: String, font role: FontRole) -> [MissingCharacter] {
        guard let font = fonts[role] else { return [] }
        var missing: [MissingCharacter] = []
        var known = drawable[role, default: [:]]
        defer { drawable[role] = known }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            // Every run is checked before it is drawn; asking Pango (through
            // fontconfig) for each character of each run was 6% of a PDF.
            let isDrawable: Bool
            if let answer = known[scalar.value] {
                isDrawable = answer
            } else {
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator: isDrawable = true
                default: isDrawable = font.hasGlyph(for: scalar)
                }
                known[scalar.value] = isDrawable
            }
            if !isDrawable {
                missing.append(MissingCharacter(scalar: scalar, offset: offset))
            }
        }
        return missing
    }

    /// Throws `RenderError.missingGlyphs` naming every character of `text`
    /// the font cannot draw.
    public func requireGlyphs(for text: String, font role: FontRole) throws(RenderError) {
        let missing = missingCharacters(in: text, font: role)
        guard missing.isEmpty else {
            throw RenderError.missingGlyphs(text: text, family: family(for: role), characters: missing)
        }
    }

    /// A layout of `text`, made once for measuring and drawing alike: a
    /// brief's text is measured to place a block, measured again where the
    /// block draws itself, then drawn, and Pango's shaping of it was the
    /// larger part of a PDF's time. The cache holds the recent layouts only,
    /// so memory stays flat however long the document.
    func layout(_ text: String, style: TextStyle) -> Layout {
        let key = LayoutKey(text: text, style: style)
        if let cached = layouts[key] { return cached }
        if layouts.count >= Self.cachedLayouts { layouts.removeAll(keepingCapacity: true) }
        let layout = Layout(text: text, style: style, family: family(for: style.font), context: context)
        layouts[key] = layout
        return layout
    }

    /// About a page and a half of runs: enough to carry a run from its
    /// measuring to its drawing.
    static let cachedLayouts = 512
    private var layouts: [LayoutKey: Layout] = [:]
    /// Per role, whether each character seen so far can be drawn.
    private var drawable: [FontRole: [UInt32: Bool]] = [:]

    /// Compared and hashed by UTF-8 bytes, which is what Pango lays out:
    /// String's own hashing normalises Chinese text to NFC first, a cost
    /// paid on every lookup of every run.
    private struct LayoutKey: Hashable {
        var text: String
        var style: TextStyle

        /// Compared with `memcmp`: the generic `elementsEqual` over the two
        /// UTF-8 views went byte by byte through iterators (1.5% of a PDF).
        static func == (lhs: LayoutKey, rhs: LayoutKey) -> Bool {
            guard lhs.text.utf8.count == rhs.text.utf8.count, lhs.style == rhs.style else { return false }
            var left = lhs.text, right = rhs.text
            return left.withUTF8 { l in right.withUTF8 { r in l.count == 0 || memcmp(l.baseAddress!, r.baseAddress!, l.count) == 0 } }
        }

        /// The length and the first and last bytes only: a paragraph runs to
        /// thousands of bytes and was hashed whole at every lookup, while
        /// texts that agree on all of these are rare and still told apart
        /// by `==`.
        func hash(into hasher: inout Hasher) {
            hasher.combine(style)
            var text = text
            text.withUTF8 { bytes in
                hasher.combine(bytes.count)
                let sample = Self.hashedBytes
                if bytes.count <= 2 * sample {
                    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
                } else {
                    hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.prefix(sample))))
                    hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes.suffix(sample))))
                }
            }
        }

        private static let hashedBytes = 64
    }
}
