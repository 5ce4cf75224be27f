/// The files a slide chart is written as, each under `charts/` with the
/// chart's name and its own extension. `svg` and `png` are also the names of
/// the formats that write them (`--format svg`, `--format png`); both write
/// the alt text beside their image.
public enum ChartFile: String, CaseIterable, Sendable {
    case svg
    case png
    /// The chart's description as plain text, for slides and screen readers.
    case altText = "alt.txt"

    /// The images, in the order a document that links one prefers them: SVG
    /// scales to any size, PNG is for programs that cannot draw SVG.
    public static let images: [ChartFile] = [.svg, .png]

    /// The image a document written beside the charts links: the first of
    /// `images` whose format is among `formats` (format names, as
    /// `ExportOptions.formats` holds them); nil when neither is written.
    public static func linkedImage(amongFormats formats: [String]) -> ChartFile? {
        images.first { formats.contains($0.rawValue) }
    }
}
