import Foundation
internal import CCairoPango
import SDGBriefGraphics

/// The fonts and Pango state shared by measuring and drawing, so that both
/// lay text out identically.
///
/// Pango's font machinery is not thread-safe: use one engine, and everything
/// made from it, on one thread. Several engines on several threads are fine.
public final class TextEngine {
    /// Debian package providing the Chinese fonts, named in errors.
    public static let fontPackage = "fonts-wqy-microhei"
    /// Debian package providing the Latin face, named in errors.
    public static let latinFontPackage = "fonts-noto-core"

    /// WenQuanYi Micro Hei has TrueType outlines, which cairo 1.16 embeds in
    /// PDFs intact; its CFF subsetter can blank glyphs of CFF fonts.
    public static let defaultFamilies: [FontRole: String] = [
        .sans: "WenQuanYi Micro Hei",
        .monospace: "WenQuanYi Micro Hei Mono",
    ]

    /// Noto Sans for text in Latin script, with WenQuanYi Micro Hei after it
    /// for the Chinese names an English text keeps. Noto Sans has TrueType
    /// outlines, a real bold and italic, and the whole of Latin Extended
    /// (Gdańsk, São Paulo); it descends from Droid Sans, whose Latin letters
    /// WenQuanYi Micro Hei carries too, so the two faces sit together.
    public static let latinFamilies: [FontRole: String] = [
        .sans: "Noto Sans, WenQuanYi Micro Hei",
        .monospace: "WenQuanYi Micro Hei Mono",
    ]

    /// The families for text in `language`: the Chinese face for Chinese,
    /// Japanese and Korean, the Latin face with the Chinese behind it otherwise.
    public static func families(forLanguage language: String) -> [FontRole: String] {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return ["zh", "ja", "ko"].contains(primary) ? defaultFamilies : latinFamilies
    }

    /// The family each role is drawn in: a Pango family list, tried in order
    /// for each character.
    public let families: [FontRole: String]
    /// The context layouts are made in. An engine handing layouts over
    /// starts a new one with each handover (see `handOverLayouts`).
    private(set) var context: TextContext
    /// The language the context was made for, kept to make the next one.
    private let language: String
    /// Handovers the drawing engine has finished with, to be let go here.
    private let returned = ReturnedLayouts()
    /// Each role's fonts, in the order of its family list.
    private let fonts: [FontRole: [LoadedFont]]

    /// Fails when any role's font is not what Pango resolves that family to,
    /// that is, when the font is not installed.
    public convenience init() throws(RenderError) {
        try self.init(families: Self.defaultFamilies)
    }

    /// An engine for text in `language`: its fonts and its line-breaking rules.
    public convenience init(language: String) throws(RenderError) {
        try self.init(families: Self.families(forLanguage: language), language: language)
    }

    /// Other families are for tests of the not-installed path; `families`
    /// must name one for every role.
    init(families: [FontRole: String], language: String = "zh-cn") throws(RenderError) {
        // Before any engine measures or draws: see `GlyphCacheKeeper`.
        GlyphCacheKeeper.holdCacheFrozen()
        self.families = families
        // A role's value is a Pango family list; the map must hold every family in it.
        let familyNames = families.values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        self.language = language
        context = TextContext(fontMap: FontMap(families: Set(familyNames).sorted()), language: language)
        var fonts: [FontRole: [LoadedFont]] = [:]
        for role in FontRole.allCases {
            var loaded: [LoadedFont] = []
            for family in (families[role] ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                let description = FontDescription(family: family, size: 16, weight: .regular)
                let font = LoadedFont(description: description, context: context)
                let resolved = font?.family ?? "no font"
                guard let font, resolved.caseInsensitiveCompare(family) == .orderedSame else {
                    let package = family == "Noto Sans" ? Self.latinFontPackage : Self.fontPackage
                    throw RenderError.fontNotInstalled(family: family, resolvedTo: resolved, package: package)
                }
                loaded.append(font)
            }
            fonts[role] = loaded
        }
        self.fonts = fonts
    }

    public func family(for role: FontRole) -> String {
        families[role] ?? ""
    }

    /// Characters of `text` the role's font has no glyph for. Control and
    /// invisible formatting characters are skipped: Pango draws nothing for them.
    public func missingCharacters(in text: String, font role: FontRole) -> [MissingCharacter] {
        guard let faces = fonts[role], !faces.isEmpty else { return [] }
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
                default: isDrawable = faces.contains { $0.hasGlyph(for: scalar) }
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
    /// so memory stays flat however long the document; an engine handing
    /// layouts over also keeps those of one part until it hands them over.
    func layout(_ text: String, style: TextStyle) -> Layout {
        let key = LayoutKey(text: text, style: style)
        for handed in adopted {
            if let layout = handed.layouts[key] { return layout }
        }
        if let cached = layouts[key] { return cached }
        // Kept for a handover though the cache has been cleared since.
        if let kept = kept[key] { return kept }
        if layouts.count >= Self.cachedLayouts { layouts.removeAll(keepingCapacity: true) }
        let layout = Layout(text: text, style: style, family: family(for: style.font), context: context)
        layoutsMade += 1
        layouts[key] = layout
        if keepsLayoutsForHandover { kept[key] = layout }
        return layout
    }

    /// How many texts this engine has laid out, its cache and handovers
    /// aside: what a text laid out twice costs shows here.
    private(set) var layoutsMade = 0

    /// Whether every layout made from now on is kept, however many, until
    /// `handOverLayouts()` gives them up: for an engine that lays pages out
    /// on one thread while another draws them.
    var keepsLayoutsForHandover = false

    /// The layouts kept since the last call, given up, and a new context for
    /// the next ones. The engine keeps nothing of what it hands over, its
    /// cache included, and the context those layouts refer to is theirs
    /// alone from now on: drawing a layout writes to its context (Pango
    /// checks whether the font map changed), so the next layouts must not
    /// share it. Handovers the drawing engine has given back are freed here,
    /// on this engine's thread: freeing a layout can free a font, which
    /// edits this engine's font map.
    func handOverLayouts() -> HandedOverLayouts? {
        returned.release()
        guard !kept.isEmpty else { return nil }
        defer {
            kept = [:]
            layouts.removeAll(keepingCapacity: true)
            context = TextContext(fontMap: context.fontMap, language: language)
        }
        return HandedOverLayouts(layouts: kept, returnTo: returned)
    }

    /// Draws `text`, another engine's layouts handed over with a page, as
    /// they are rather than laying the same text out again. The two latest
    /// handovers are kept: a part's pages reach the drawing thread with the
    /// next part's handover, which also holds the text of the part's last
    /// page, laid out with the part. An older one goes back to the engine
    /// that made it, to be freed on its thread.
    public func adopt(_ text: any LaidOutText) {
        guard let handed = text as? HandedOverLayouts else { return }
        if !givenBackTo.contains(where: { $0 === handed.returnTo }) { givenBackTo.append(handed.returnTo) }
        adopted.insert(handed, at: 0)
        if adopted.count > 2 { adopted.removeLast().giveBack() }
    }

    /// Frees every handover this engine adopted, those it gave back and not
    /// yet freed included. Call it only once the engines that made them have
    /// stopped: until then they are freed on their makers' threads.
    public func releaseAdoptedText() {
        for handed in adopted { handed.giveBack() }
        adopted = []
        for list in givenBackTo { list.releaseAll() }
        givenBackTo = []
    }

    /// About a page and a half of runs: enough to carry a run from its
    /// measuring to its drawing.
    static let cachedLayouts = 512
    private var layouts: [LayoutKey: Layout] = [:]
    private var kept: [LayoutKey: Layout] = [:]
    /// Handovers from another engine, newest first.
    private var adopted: [HandedOverLayouts] = []
    /// Where the adopted handovers go back to, for `releaseAdoptedText`.
    private var givenBackTo: [ReturnedLayouts] = []
    /// Per role, whether each character seen so far can be drawn.
    private var drawable: [FontRole: [UInt32: Bool]] = [:]

    /// Compared and hashed by UTF-8 bytes, which is what Pango lays out:
    /// String's own hashing normalises Chinese text to NFC first, a cost
    /// paid on every lookup of every run.
    struct LayoutKey: Hashable {
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
