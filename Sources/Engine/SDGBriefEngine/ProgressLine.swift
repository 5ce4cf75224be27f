import SDGBriefCore

/// The one line a progress display shows: each running format with how far
/// it has got, first, so a narrow terminal still shows them, then the
/// finished ones, cut to the terminal's width.
///
///     pdf 1,204/3,012 pages · csv 81,920/164,310 rows · done: text, png · 12 s
struct ProgressLine {
    enum State: Equatable {
        case waiting
        case running(ExportProgress?)
        case done
    }

    struct Entry: Equatable {
        var format: String
        var state: State
    }

    static func format(_ entries: [Entry], elapsed: Double, width: Int) -> String {
        var parts: [String] = []
        var done: [String] = []
        for entry in entries {
            switch entry.state {
            case .waiting:
                continue
            case .done:
                done.append(entry.format)
            case .running(nil):
                parts.append("\(entry.format) …")
            case .running(let progress?):
                parts.append("\(entry.format) \(grouped(progress.done))/\(grouped(progress.total)) \(progress.unit)")
            }
        }
        if !done.isEmpty { parts.append("done: " + done.joined(separator: ", ")) }
        parts.append("\(Int(elapsed)) s")
        return truncated(parts.joined(separator: " · "), to: width)
    }

    /// Thousands separated, as the eye reads page and row counts.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// Short enough not to wrap: a wrapped line cannot be redrawn in place.
    /// The text is ASCII apart from the ellipsis, so characters are columns.
    static func truncated(_ line: String, to width: Int) -> String {
        let room = max(1, width - 1)
        guard line.count > room else { return line }
        return String(line.prefix(room - 1)) + "…"
    }
}
