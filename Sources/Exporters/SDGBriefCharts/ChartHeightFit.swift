import SDGBriefCore
import SDGBriefGraphics

/// The shortest canvas on which a chart draws what it draws on a taller one,
/// only closer together: the same texts, at the same sizes, in the same
/// horizontal places. A slide fills its canvas, spreading a short list over
/// it; a page of the brief gives each chart the height its content needs, so
/// three cases do not leave a half-empty frame and charts share pages.
///
/// Found by trying heights rather than asked of each chart: any chart,
/// including one added later, is fitted alike, and the test of “the same
/// drawing, compressed, its lines no closer than touching” is what a reader sees.
public struct ChartHeightFit {
    /// No chart is made shorter than this, in canvas px.
    public var minimumHeight: Double
    /// Heights are tried down to this precision, in px.
    public var precision: Double

    public init(minimumHeight: Double = 240, precision: Double = 6) {
        self.minimumHeight = minimumHeight
        self.precision = precision
    }

    /// The height of the shortest canvas, no taller than `canvas`, on which
    /// `chart` shows what it shows on `canvas`; its width, theme and language stay.
    public func shortestHeight(_ chart: any Chart, _ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Double {
        let full = try chart.layout(report, on: canvas, measurer: measurer)
        let target = Self.signature(full)
        let crowding = Self.overlaps(full)
        func holds(_ height: Double) throws -> Bool {
            var trial = canvas
            trial.size.height = height
            let drawing = try chart.layout(report, on: trial, measurer: measurer)
            return Self.signature(drawing) == target && Self.overlaps(drawing) <= crowding
        }
        // Steps down from the top that double until the drawing changes,
        // then halve between the last two: a chart its content fills (a
        // network's cases, some left out, where layouts cost the most) is
        // settled in a few trials, a short report's in a few more.
        var high = canvas.size.height
        var low = high
        var step = precision
        while low > minimumHeight {
            let trial = max(minimumHeight, high - step)
            guard try holds(trial) else { low = trial; break }
            high = trial
            low = trial
            step *= 2
        }
        while high - low > precision {
            let middle = ((low + high) / 2).rounded()
            if try holds(middle) { high = middle } else { low = middle }
        }
        return high
    }

    /// `canvas` made `air` (a share, 0.1 for a tenth) taller than `shortest`,
    /// and no taller than it was: the shortest canvas sets rows at their
    /// least pitch, legible but tight on paper, and a little air opens them.
    public static func canvas(_ canvas: ChartCanvas, shortest: Double, air: Double) -> ChartCanvas {
        var result = canvas
        result.size.height = min(canvas.size.height, (shortest * (1 + air)).rounded())
        return result
    }

    /// What must not change when a chart is made shorter: each text, its
    /// size and where it starts across. Positions down the canvas may.
    private struct Word: Hashable {
        var text: String
        var size: Double
        var x: Double
    }

    /// Pairs of texts whose boxes overlap: rows brought so close that their
    /// lines run into each other are too close, whatever else stays the same.
    private static func overlaps(_ drawing: Drawing) -> Int {
        let boxes = drawing.textRuns.map(\.extent).sorted { $0.minY < $1.minY }
        var count = 0
        for (index, a) in boxes.enumerated() {
            for b in boxes[(index + 1)...] {
                guard b.minY < a.maxY - 0.5 else { break }
                if min(a.maxX, b.maxX) - max(a.minX, b.minX) > 0.5 { count += 1 }
            }
        }
        return count
    }

    private static func signature(_ drawing: Drawing) -> [Word] {
        drawing.textRuns.map { Word(text: $0.text, size: $0.style.size, x: ($0.origin.x * 100).rounded() / 100) }
    }
}
