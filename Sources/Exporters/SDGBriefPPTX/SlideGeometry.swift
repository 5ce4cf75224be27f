import SDGBriefCore

/// Slide sizes in EMU (914 400 to the inch), taken from the chart canvas so
/// that a chart fills its slide exactly: a chart pixel is 1/144 in, which makes
/// a 1920 × 1080 chart a 13.333 × 7.5 in slide.
struct SlideGeometry: Sendable {
    static let emuPerPixel = 6350
    static let emuPerInch = 914_400
    static let emuPerPoint = 12_700

    var width: Int
    var height: Int

    init(_ size: ChartSize) {
        width = Int((size.width * Double(Self.emuPerPixel)).rounded())
        height = Int((size.height * Double(Self.emuPerPixel)).rounded())
    }

    /// Portrait letter-sized notes pages, as PowerPoint makes them.
    static let notesWidth = 6_858_000
    static let notesHeight = 9_144_000
}
