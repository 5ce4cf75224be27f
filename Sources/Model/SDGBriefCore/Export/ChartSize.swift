/// Canvas presets for slides, in CSS pixels.
public enum ChartSize: String, Sendable, Hashable, CaseIterable {
    case widescreen = "16:9"
    case standard = "4:3"
    case square = "1:1"

    public var width: Double {
        switch self {
        case .widescreen: 1920
        case .standard: 1440
        case .square: 1080
        }
    }

    public var height: Double { 1080 }
}
