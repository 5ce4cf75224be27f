import SDGBriefGraphics

/// The laid-out brief: every page with header and footer, and the bookmarks.
public struct BriefDocument: Sendable {
    public var geometry: PageGeometry
    public var pages: [BriefPage]
    public var outline: [BriefOutlineEntry]
}
