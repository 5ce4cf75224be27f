import SDGBriefCore

/// What the PDF names as its creator.
public enum BriefCreator {
    public static let name = "sdgbrief \(SDGBriefVersion.current)"
}
