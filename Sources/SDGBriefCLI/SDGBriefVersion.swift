/// The tool's version, written into manifests and PDF metadata.
public enum SDGBriefVersion {
    public static let current = "0.1.0"
}
