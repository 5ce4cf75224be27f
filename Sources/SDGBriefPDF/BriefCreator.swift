/// What the PDF names as its creator. The command line's version lives in
/// a target this one cannot depend on; the two are bumped together.
public enum BriefCreator {
    public static let version = "0.1.0"
    public static let name = "sdgbrief \(version)"
}
