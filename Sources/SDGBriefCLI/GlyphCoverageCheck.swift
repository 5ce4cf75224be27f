import SDGBriefCairo
import SDGBriefCore
import SDGBriefGraphics

/// Finds text the shipped font cannot draw, so that the user gets a located
/// error naming the character instead of a tofu box in a printed brief.
enum GlyphCoverageCheck {
    /// The check for `ReportLoader.additionalChecks`, after making sure the
    /// font is installed at all: a missing font is the machine's problem
    /// (exit 69), not the report's.
    static func make() throws(CLIError) -> @Sendable (Report) -> [ValidationIssue] {
        do {
            _ = try TextEngine()
        } catch {
            throw .unavailable("\(error)")
        }
        return { report in
            // An engine and everything made from it stay on one thread, and
            // this closure may run on another than the one that checked the font.
            let engine: TextEngine
            do {
                engine = try TextEngine()
            } catch {
                return [ValidationIssue(.root, "cannot check the text against the font: \(error)")]
            }
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
            return issues
        }
    }
}
