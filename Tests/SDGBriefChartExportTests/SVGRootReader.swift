import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an SVG with `XMLParser`, as a strict reader would, keeping the root
/// element's attributes and the names of its first child elements.
final class SVGRootReader: NSObject, XMLParserDelegate {
    private(set) var rootAttributes: [String: String] = [:]
    private(set) var rootChildren: [String] = []
    private var depth = 0

    /// Nil when the document is not well-formed.
    static func read(_ data: Data) -> SVGRootReader? {
        let reader = SVGRootReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if depth == 0 { rootAttributes = attributes }
        if depth == 1 { rootChildren.append(name) }
        depth += 1
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
    }
}
