import Foundation
import Yams

/// Rewrites a YAML node tree that `StructureChecker` has accepted as JSON,
/// reading each scalar as the type its schema field has, so the model can be
/// decoded by Foundation's `JSONDecoder`.
///
/// Yams' `YAMLDecoder` looks up every key by building a node and resolving
/// its tag with regular expressions; on a report of a thousand cases that was
/// a third of the load time (perf: `Node.Mapping.subscript` →
/// `Resolver.resolveTag` → `NSRegularExpression`). The schema already says
/// which scalars are numbers, so no tag needs resolving here. Anything this
/// does not handle plainly, such as an alias, a null where a value is
/// required or a number JSON cannot hold (`.inf`), gives nil, and the loader
/// decodes with Yams as before, so results and messages never differ.
enum SchemaGuidedJSON {
    static func data(_ node: Node, schema: SchemaNode) -> Data? {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        guard write(node, schema, into: &out) else { return nil }
        return Data(out)
    }

    private static func write(_ node: Node, _ schema: SchemaNode, into out: inout [UInt8]) -> Bool {
        switch schema {
        case .object(let fields):
            guard case .mapping(let mapping) = node else { return false }
            out.append(UInt8(ascii: "{"))
            var first = true
            for (key, value) in mapping {
                guard let name = key.scalar?.string, let field = fields.first(where: { $0.name == name }) else { return false }
                // An explicit null of an optional field is the field left out, as Yams decodes it.
                if isNull(value) { continue }
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                JSONString.append(name, to: &out)
                out.append(UInt8(ascii: ":"))
                guard write(value, field.node, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "}"))
            return true
        case .array(let element, _):
            guard case .sequence(let sequence) = node else { return false }
            out.append(UInt8(ascii: "["))
            for (index, child) in sequence.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                guard write(child, element, into: &out) else { return false }
            }
            out.append(UInt8(ascii: "]"))
            return true
        case .string:
            guard case .scalar(let scalar) = node, !isNull(node) else { return false }
            JSONString.append(scalar.string, to: &out)
            return true
        case .integer:
            guard case .scalar(let scalar) = node, let value = Int.construct(from: scalar) else { return false }
            out.append(contentsOf: String(value).utf8)
            return true
        case .number:
            guard case .scalar(let scalar) = node, let value = Double.construct(from: scalar), value.isFinite else { return false }
            out.append(contentsOf: String(value).utf8)
            return true
        case .localizedText:
            guard case .mapping(let mapping) = node else { return false }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in mapping.enumerated() {
                guard let language = key.scalar?.string, case .scalar(let text) = value, !isNull(value) else { return false }
                if index > 0 { out.append(UInt8(ascii: ",")) }
                JSONString.append(language, to: &out)
                out.append(UInt8(ascii: ":"))
                JSONString.append(text.string, to: &out)
            }
            out.append(UInt8(ascii: "}"))
            return true
        }
    }

    private static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return YAMLNull.plainSpellings.contains(scalar.string)
    }
}
