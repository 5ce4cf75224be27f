import SDGBriefCore
import SDGBriefGraphics

/// The brief's colours and type sizes, in one place so pages agree.
public enum BriefTheme {
    public static let bodySize = 10.5
    /// Baseline to baseline as a multiple of the size: airy enough for
    /// dense Chinese text on A4.
    public static let bodyLeading = 1.7

    public static let ink = Color(hex: "#1E2A36")!
    public static let muted = Color(hex: "#5E6B78")!
    public static let rule = Color(hex: "#C9D1D9")!
    public static let tint = Color(hex: "#F1F4F7")!
    /// Goal 17's navy: the report is about partnerships.
    public static let accent = Color(hex: "#19486A")!
    /// Goal 11's orange: the report is about cities.
    public static let highlight = Color(hex: "#FD9D24")!

    public static func goalColor(_ number: Int) -> Color {
        SDGCatalog.goals.first { $0.number == number }.flatMap { Color(hex: $0.colorHex) } ?? muted
    }

    /// A goal colour dark enough for text on white: the yellows and light
    /// blues of goals 7, 6, 11 and 14 are darkened, the others kept.
    public static func readable(_ color: Color) -> Color {
        let luminance = 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue
        guard luminance > 0.45 else { return color }
        let keep = 0.45 / luminance
        return Color(red: color.red * keep, green: color.green * keep, blue: color.blue * keep)
    }

    public static func body(width: Double, justified: Bool = true) -> TextStyle {
        TextStyle(size: bodySize, color: ink, alignment: justified ? .justify : .left, lineHeight: bodyLeading, maxWidth: width)
    }

    public static func text(_ size: Double, _ color: Color = ink, weight: FontWeight = .regular, width: Double? = nil, alignment: TextAlignment = .left, lineHeight: Double? = 1.35) -> TextStyle {
        TextStyle(size: size, weight: weight, color: color, alignment: alignment, lineHeight: lineHeight, maxWidth: width)
    }
}
