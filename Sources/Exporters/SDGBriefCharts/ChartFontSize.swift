/// Text sizes in px for a 1080 px high slide; every canvas preset is 1080 px
/// high and fills a slide's height, so these are the same physical sizes at
/// 16:9, 4:3 and 1:1. On a 7.5 in high slide 1080 px is 144 px per inch:
/// `small`, the floor for anything an audience must read, is 18 pt, and a
/// title 32 pt. A chart with more to say than fits shows less, never smaller.
enum ChartFontSize {
    static let title = 64.0
    static let subtitle = 40.0
    static let label = 40.0
    static let small = 36.0
}
