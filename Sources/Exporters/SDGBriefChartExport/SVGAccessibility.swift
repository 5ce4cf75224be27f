import Foundation

/// Cairo writes neither `<title>` nor `<desc>`; screen readers and slide
/// tools read both, so they go in as the root element's first children.
enum SVGAccessibility {
    static func insert(title: String, description: String, into svg: Data) -> Data {
        guard let text = String(data: svg, encoding: .utf8),
              let start = text.range(of: "<svg"),
              let end = text.range(of: ">", range: start.upperBound..<text.endIndex)
        else { return svg }
        let elements = "\n<title>\(escape(title))</title>\n<desc>\(escape(description))</desc>"
        var result = text
        result.insert(contentsOf: elements, at: end.upperBound)
        return Data(result.utf8)
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
