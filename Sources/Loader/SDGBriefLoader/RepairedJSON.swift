import Foundation
import SDGBriefCore
import Yams

/// Writes a document that `StructureChecker` found problems in as JSON the
/// model decodes, with every part it refused replaced by a stand-in of the
/// right type: unknown fields left out, missing or mistyped values filled in.
///
/// This lets the model's own validation run on the rest of the file in the
/// same pass, so `validate` lists a missing field and an unknown unit
/// together. What the validator says about a stand-in is dropped by the
/// loader, since the structural problem at that place has already been said.
enum RepairedJSON {
    static func data(_ node: Node, schema: SchemaNode) -> Data {
        var out: [UInt8] = []
        write(node, schema, into: &out)
        return Data(out)
    }

    private static func write(_ node: Node?, _ schema: SchemaNode, into out: inout [UInt8]) {
        switch schema {
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            var written = Set<String>()
            if case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    guard let name = key.scalar?.string, let field = fields.first(where: { $0.name == name }),
                        !written.contains(name), !(isNull(value) && !field.isRequired)
                    else { continue }
                    separate(&out, written.isEmpty)
                    written.insert(name)
                    JSONString.append(name, to: &out)
                    out.append(UInt8(ascii: ":"))
                    write(isNull(value) ? nil : value, field.node, into: &out)
                }
            }
            for field in fields where field.isRequired && !written.contains(field.name) {
                separate(&out, written.isEmpty)
                written.insert(field.name)
                JSONString.append(field.name, to: &out)
                out.append(UInt8(ascii: ":"))
                write(nil, field.node, into: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .array(let element, _):
            out.append(UInt8(ascii: "["))
            if case .sequence(let sequence) = node {
                for (index, child) in sequence.enumerated() {
                    separate(&out, index == 0)
                    write(child, element, into: &out)
                }
            }
            out.append(UInt8(ascii: "]"))
        case .string(_, let allowed):
            if let node, case .scalar(let scalar) = node, !isNull(node) {
                JSONString.append(scalar.string, to: &out)
            } else {
                // A known value, so the stand-in draws no message of its own.
                JSONString.append(allowed?.first ?? "x", to: &out)
            }
        case .integer:
            if let node, case .scalar(let scalar) = node, let value = Int.construct(from: scalar) {
                out.append(contentsOf: String(value).utf8)
            } else {
                out.append(contentsOf: "1".utf8)
            }
        case .number:
            if let node, case .scalar(let scalar) = node, let value = Double.construct(from: scalar), value.isFinite {
                out.append(contentsOf: String(value).utf8)
            } else {
                out.append(contentsOf: "0".utf8)
            }
        case .localizedText:
            out.append(UInt8(ascii: "{"))
            var written = Set<String>()
            if let node, case .mapping(let mapping) = node {
                for (key, value) in mapping {
                    guard let language = key.scalar?.string, case .scalar(let text) = value, !isNull(value),
                        !written.contains(language)
                    else { continue }
                    separate(&out, written.isEmpty)
                    written.insert(language)
                    JSONString.append(language, to: &out)
                    out.append(UInt8(ascii: ":"))
                    JSONString.append(text.string, to: &out)
                }
            }
            if !written.contains(LocalizedText.sourceLanguage) {
                separate(&out, written.isEmpty)
                JSONString.append(LocalizedText.sourceLanguage, to: &out)
                out.append(contentsOf: ":\"x\"".utf8)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func separate(_ out: inout [UInt8], _ first: Bool) {
        if !first { out.append(UInt8(ascii: ",")) }
    }

    private static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return YAMLNull.plainSpellings.contains(scalar.string)
    }
}
