import SDGBriefCharts
import SDGBriefCore
import Synchronization

/// The chart files of the latest export in each chart format, kept so that
/// the slide deck, which embeds exactly the files `--format svg,png` writes,
/// does not draw every chart a second time when one export writes both.
///
/// An entry is found by the report and the options themselves (both
/// `Hashable`), so another report or another option never gets these files.
/// There is one entry per format, replaced by the next export, so memory holds
/// one set of charts. When two exporters ask for the same files at once (they
/// run on threads of their own), the second waits for the first's drawing
/// instead of drawing the charts too.
final class ChartFileMemo: Sendable {
    /// The one memo of the process: the exporters that share it are separate values.
    static let shared = ChartFileMemo()

    private final class Entry: Sendable {
        let report: Report
        let options: ExportOptions
        /// Locked for as long as the files are drawn, which is what makes a
        /// second caller wait.
        let files = Mutex<[Artifact]?>(nil)

        init(report: Report, options: ExportOptions) {
            self.report = report
            self.options = options
        }
    }

    private let entries = Mutex<[ChartFile: Entry]>([:])

    /// The files of `report` in `file`'s format under `options`: those drawn
    /// before, or those `draw` returns now.
    func artifacts(_ file: ChartFile, report: Report, options: ExportOptions, draw: () throws -> [Artifact]) throws -> [Artifact] {
        let entry = entries.withLock { entries in
            if let entry = entries[file], entry.options == options, entry.report == report { return entry }
            let entry = Entry(report: report, options: options)
            entries[file] = entry
            return entry
        }
        return try entry.files.withLock { files in
            if let files { return files }
            let drawn = try draw()
            files = drawn
            return drawn
        }
    }
}
