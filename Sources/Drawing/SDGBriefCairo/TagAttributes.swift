import SDGBriefGraphics

/// Writes the attribute strings of `cairo_tag_begin` and outline entries.
enum TagAttributes {
    /// A single-quoted string value; cairo's parser takes backslash escapes.
    static func quoted(_ value: String) -> String {
        var out = "'"
        for character in value {
            if character == "'" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out + "'"
    }

    /// A decimal without exponent or locale, which the parser requires.
    static func number(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = thousandths.magnitude
        let fraction = magnitude % 1000
        guard fraction != 0 else { return sign + String(magnitude / 1000) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(magnitude / 1000).\(digits)"
    }

    static func link(_ area: LinkArea, rect: Rect) -> String {
        let box = [rect.minX, rect.minY, rect.width, rect.height].map(number).joined(separator: " ")
        switch area.target {
        case .destination(let name): return "rect=[\(box)] dest=\(quoted(name))"
        case .uri(let uri): return "rect=[\(box)] uri=\(quoted(uri))"
        }
    }

    static func destination(_ name: String, at point: Point) -> String {
        "name=\(quoted(name)) x=\(number(point.x)) y=\(number(point.y))"
    }
}
