import Foundation
import SDGBriefTestSupport

/// A PDF as `qpdf --json` shows it: outlines, pages, link annotations and
/// the named destinations they point at.
struct QPDFDocument {
    struct Outline { var title: String; var page: Int; var kids: [Outline] }
    struct Link { var page: Int; var destination: String; var rect: [Double] }

    let json: [String: Any]
    let objects: [String: Any]

    init(path: String) throws {
        let result = try ExternalTool.run("qpdf", ["--json", path])
        json = try JSONSerialization.jsonObject(with: result.output) as? [String: Any] ?? [:]
        let qpdf = json["qpdf"] as? [Any] ?? []
        objects = qpdf.count > 1 ? qpdf[1] as? [String: Any] ?? [:] : [:]
    }

    private func value(_ reference: Any?) -> Any? {
        guard let reference = reference as? String, reference.hasSuffix(" R") else { return reference }
        return (objects["obj:" + reference] as? [String: Any])?["value"]
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        return text.hasPrefix("u:") ? String(text.dropFirst(2)) : text
    }

    var pageObjects: [String] {
        (json["pages"] as? [[String: Any]] ?? []).compactMap { $0["object"] as? String }
    }

    var pageLabels: [[String: Any]] { json["pagelabels"] as? [[String: Any]] ?? [] }

    var outlines: [Outline] {
        func convert(_ items: [[String: Any]]) -> [Outline] {
            items.map { Outline(title: $0["title"] as? String ?? "", page: $0["destpageposfrom1"] as? Int ?? 0, kids: convert($0["kids"] as? [[String: Any]] ?? [])) }
        }
        return convert(json["outlines"] as? [[String: Any]] ?? [])
    }

    /// Internal links, with 1-based page numbers.
    var links: [Link] {
        var result: [Link] = []
        for (index, page) in pageObjects.enumerated() {
            let annotations = (value(page) as? [String: Any])?["/Annots"] as? [Any] ?? []
            for annotation in annotations.compactMap({ value($0) as? [String: Any] }) {
                guard annotation["/Subtype"] as? String == "/Link", let destination = Self.string(annotation["/Dest"]) else { continue }
                result.append(Link(page: index + 1, destination: destination, rect: annotation["/Rect"] as? [Double] ?? []))
            }
        }
        return result
    }

    /// Named destinations and their 1-based pages, from the catalog's name tree.
    var destinations: [String: Int] {
        guard let catalog = objects.values.compactMap({ ($0 as? [String: Any])?["value"] as? [String: Any] }).first(where: { $0["/Type"] as? String == "/Catalog" }),
              let names = value(catalog["/Names"]) as? [String: Any],
              let root = value(names["/Dests"]) as? [String: Any]
        else { return [:] }
        var result: [String: Int] = [:]
        func walk(_ node: [String: Any]) {
            let pairs = node["/Names"] as? [Any] ?? []
            for i in stride(from: 0, to: pairs.count - 1, by: 2) {
                guard let name = Self.string(value(pairs[i])) else { continue }
                let target = value(pairs[i + 1])
                let array = (target as? [Any]) ?? ((target as? [String: Any])?["/D"] as? [Any]) ?? []
                if let page = array.first as? String, let index = pageObjects.firstIndex(of: page) {
                    result[name] = index + 1
                }
            }
            for kid in node["/Kids"] as? [Any] ?? [] {
                if let kid = value(kid) as? [String: Any] { walk(kid) }
            }
        }
        walk(root)
        return result
    }
}
