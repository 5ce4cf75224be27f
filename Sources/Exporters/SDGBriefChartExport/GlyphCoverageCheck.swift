import SDGBriefCairo
import SDGBriefCore
import SDGBriefGraphics
import Synchronization

/// Finds text the shipped font cannot draw, so that the user gets a located
/// error naming the character instead of a tofu box in a printed brief. Every
/// exporter that draws the report's text with sdgbrief's fonts runs it as its
/// preflight; the result is kept for the last report checked, so several
/// such exporters in one export check the text once.
public enum GlyphCoverageCheck {
    /// Makes sure the font is installed at all: a missing font is the
    /// machine's problem (unavailable), not the report's.
    public static func requireFont() throws(ExportFailure) {
        do {
            _ = try TextEngine()
        } catch {
            throw ExportFailure(.unavailable, "\(error)")
        }
    }

    private static let lastChecked = Mutex<(report: Report, issues: [ValidationIssue])?>(nil)

    /// The text fields of `report` holding characters the font lacks. Empty
    /// when the font itself is missing: exporting then fails as unavailable,
    /// which says more than a problem with every field would.
    public static func issues(in report: Report) -> [ValidationIssue] {
        if let kept = lastChecked.withLock({ $0 }), kept.report == report { return kept.issues }
        // An engine and everything made from it stay on one thread, and
        // this may run on another than the one that checked the font.
        guard let engine = try? TextEngine() else { return [] }
        let family = engine.family(for: .sans)
        var issues: [ValidationIssue] = []
        report.forEachTextField { path, text in
            var seen = Set<Unicode.Scalar>()
            let missing = engine.missingCharacters(in: text, font: .sans).filter { seen.insert($0.scalar).inserted }
            guard !missing.isEmpty else { return }
            let shown = missing.prefix(5).map { "\"\($0.scalar)\" (\($0.codePoint))" }.joined(separator: ", ")
            let more = missing.count > 5 ? " and \(missing.count - 5) more" : ""
            let noun = missing.count == 1 ? "character" : "characters"
            issues.append(ValidationIssue(path, "\(noun) \(shown)\(more) cannot be drawn: the font \(family) has no glyph for \(missing.count == 1 ? "it" : "them")"))
        }
        lastChecked.withLock { $0 = (report, issues) }
        return issues
    }
}
