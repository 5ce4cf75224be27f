import Foundation

/// One paragraph of a text slide: one run in one size, weight and colour.
struct SlideText: Sendable {
    var text: String
    /// Type size in points; nothing on a slide is below 18.
    var points: Int
    var bold: Bool = false
    /// `RRGGBB`.
    var color: String
    /// Lines the paragraph may take before the next one begins.
    var maxLines: Int = 3

    /// The height the paragraph takes when it breaks into `lines` lines.
    func height(lines: Int) -> Int {
        Int(Double(lines * points) * SlideText.lineSpacing * Double(SlideGeometry.emuPerPoint))
    }

    static let lineSpacing = 1.2
    /// Space above each paragraph after a box's first, in ems: a list item
    /// stands apart from the wrapped lines of the one before it.
    static let paragraphGap = 0.4

    /// The space above the paragraph when it follows another in its box.
    var gapAbove: Int {
        Int(Double(points) * Self.paragraphGap * Double(SlideGeometry.emuPerPoint))
    }

    /// The smallest type on a slide: the floor for text read across a room.
    static let minimumPoints = 18

    /// The text in the largest size, down to two thirds of its own and never
    /// below 18 pt, that fits `width` in `maxLines`; a text too long even then
    /// keeps the smallest of those sizes and takes the lines it needs.
    func fitted(in width: Int) -> SlideText {
        var candidate = self
        let smallest = max(Self.minimumPoints, points * 2 / 3)
        while candidate.lines(in: width) > maxLines && candidate.points - 2 >= smallest {
            candidate.points -= 2
        }
        return candidate
    }

    /// The text cut to `lines` lines in `width`, ending in an ellipsis: the
    /// last resort for a text longer than a whole slide at the smallest type.
    func truncated(toLines lines: Int, in width: Int) -> SlideText {
        var candidate = self
        var characters = Array(text)
        while candidate.lines(in: width) > max(lines, 1) && !characters.isEmpty {
            characters.removeLast()
            candidate.text = String(characters).trimmingCharacters(in: .whitespaces) + "…"
        }
        return candidate
    }

    /// How many lines the text needs in `width` EMU, estimated from its
    /// characters: CJK and other wide characters take a full em, Latin about
    /// half. Slides are laid out before any renderer sees them, and the
    /// estimate errs wide so that text never runs into the next paragraph.
    func lines(in width: Int) -> Int {
        let ems = text.unicodeScalars.reduce(0.0) { sum, scalar in
            sum + (scalar.value >= 0x2E80 ? 1.0 : (scalar.properties.isUppercase ? 0.68 : 0.56))
        }
        let perLine = Double(width) / Double(points * SlideGeometry.emuPerPoint)
        return max(1, Int((ems / max(perLine, 1)).rounded(.up)))
    }
}
