/// A canvas of a given size and the marks on it, drawn in order.
public struct Drawing: Sendable, Hashable {
    /// In canvas units: CSS px for charts, pt for PDF pages.
    public var size: Size
    /// Fills the whole canvas first; nil leaves it transparent (PNG, SVG) or
    /// paper-white (PDF).
    public var background: Color?
    public var marks: [Mark]

    public init(size: Size, background: Color? = nil, marks: [Mark] = []) {
        self.size = size
        self.background = background
        self.marks = marks
    }

    public var bounds: Rect { Rect(origin: .zero, size: size) }

    public mutating func append(_ mark: Mark) { marks.append(mark) }

    /// Every text run, groups included, with its position and extent mapped
    /// onto this canvas.
    public var textRuns: [TextRun] { Self.textRuns(in: marks) }

    /// The texts with their extents on this canvas, for tests of overflow
    /// and overlap.
    public var textExtents: [(text: String, extent: Rect)] {
        textRuns.map { ($0.text, $0.extent) }
    }

    /// Text runs that reach outside the canvas.
    public var textRunsOutsideCanvas: [TextRun] {
        textRuns.filter { !bounds.contains($0.extent) }
    }

    /// Pairs of text runs whose logical boxes overlap.
    public var overlappingTextRuns: [(TextRun, TextRun)] {
        let runs = textRuns
        var pairs: [(TextRun, TextRun)] = []
        for i in runs.indices {
            for j in runs.indices where j > i && runs[i].extent.intersects(runs[j].extent) {
                pairs.append((runs[i], runs[j]))
            }
        }
        return pairs
    }

    private static func textRuns(in marks: [Mark]) -> [TextRun] {
        marks.flatMap { mark -> [TextRun] in
            switch mark {
            case .text(let run):
                return [run]
            case .group(let group):
                return textRuns(in: group.marks).map { run in
                    var mapped = run
                    mapped.origin = Point(x: group.offset.x + run.origin.x * group.scale, y: group.offset.y + run.origin.y * group.scale)
                    mapped.style.size *= group.scale
                    mapped.style.maxWidth = run.style.maxWidth.map { $0 * group.scale }
                    mapped.metrics = run.metrics.scaled(by: group.scale)
                    return mapped
                }
            default:
                return []
            }
        }
    }
}
