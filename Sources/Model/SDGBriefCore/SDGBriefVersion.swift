/// The tool's version, written into manifests, PDF metadata and the plugin
/// environment; kept in the core so that every target reads the same one.
public enum SDGBriefVersion {
    public static let current = "0.1.0"
}
