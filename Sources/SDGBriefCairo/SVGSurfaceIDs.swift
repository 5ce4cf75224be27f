import Foundation

/// Cairo names SVG groups `surfaceN` from a process-wide counter, so the same
/// drawing gets different ids depending on what the process drew before.
/// Renumbering them in order of appearance makes the bytes reproducible.
enum SVGSurfaceIDs {
    static func normalize(_ svg: Data) -> Data {
        guard let text = String(data: svg, encoding: .utf8) else { return svg }
        // Only in the attribute forms cairo writes, so text content is never touched.
        let pattern = /(id="|#)surface([0-9]+)/
        var numbers: [Substring: Int] = [:]
        let normalized = text.replacing(pattern) { match in
            let original = match.output.2
            let number = numbers[original] ?? {
                let next = numbers.count + 1
                numbers[original] = next
                return next
            }()
            return "\(match.output.1)surface\(number)"
        }
        return Data(normalized.utf8)
    }
}
