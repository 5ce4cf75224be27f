/// Text sizes in px for a 1080 px high slide. Nothing is set below `small`:
/// 24 px is about the smallest the back of a room can read.
enum ChartFontSize {
    static let title = 52.0
    static let subtitle = 30.0
    static let label = 28.0
    static let small = 24.0
}
