import SDGBriefCore
import Yams

/// Walks a parsed YAML or JSON document against `ReportSchema`, reporting every
/// missing field, unknown field and wrongly typed value with its position, and
/// recording where each field path sits so later problems can be located too.
///
/// Decoding alone would stop at the first problem and say little about where
/// it is; this walk is what lets `validate` list all of them with lines.
struct StructureChecker {
    /// Aliases are expanded by the YAML composer, so a small file can stand for
    /// an enormous tree ("billion laughs"). Without aliases a document cannot hold
    /// more values than it has bytes, so a budget in proportion to its size stops
    /// expansion without ever refusing an honest file.
    let nodeBudget: Int

    init(documentSize: Int) {
        nodeBudget = 10_000 + documentSize
    }

    private(set) var problems: [(FieldPath, Mark?, String)] = []
    private(set) var marks: [FieldPath: Mark] = [:]
    private var visited = 0
    private(set) var exceededBudget = false

    mutating func check(_ node: Node, against schema: SchemaNode, at path: FieldPath) {
        guard !exceededBudget else { return }
        visited += 1
        if visited > nodeBudget {
            exceededBudget = true
            problems.append((path, node.mark, "document expands to more than \(nodeBudget) values (are aliases repeating it?)"))
            return
        }
        if let mark = node.mark { marks[path] = mark }
        switch schema {
        case .object(let fields):
            checkObject(node, fields: fields, at: path)
        case .array(let element, _):
            guard case .sequence(let sequence) = node else { return mismatch(node, schema, at: path) }
            for (index, child) in sequence.enumerated() {
                check(child, against: element, at: path.appending(index))
            }
        case .string:
            guard case .scalar = node else { return mismatch(node, schema, at: path) }
        case .integer:
            guard case .scalar(let scalar) = node, Int.construct(from: scalar) != nil else {
                return mismatch(node, schema, at: path)
            }
        case .number:
            guard case .scalar(let scalar) = node, Double.construct(from: scalar) != nil else {
                return mismatch(node, schema, at: path)
            }
        case .localizedText:
            checkLocalizedText(node, at: path)
        }
    }

    private mutating func checkObject(_ node: Node, fields: [SchemaField], at path: FieldPath) {
        guard case .mapping(let mapping) = node else {
            return mismatch(node, .object(fields), at: path)
        }
        var present = Set<String>()
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                problems.append((path, keyNode.mark, "field names must be text"))
                continue
            }
            let fieldPath = path.appending(key.string)
            guard let field = fields.first(where: { $0.name == key.string }) else {
                let names = fields.map(\.name)
                let suggestion = SpellingSuggestion.phrase(for: key.string, among: names).map { ", \($0)" } ?? ""
                problems.append((fieldPath, keyNode.mark, "unknown field \"\(key.string)\"\(suggestion) (expected one of: \(names.joined(separator: ", ")))"))
                continue
            }
            present.insert(field.name)
            if isNull(value) {
                if field.isRequired {
                    problems.append((fieldPath, value.mark, "required field is empty"))
                }
                continue
            }
            check(value, against: field.node, at: fieldPath)
        }
        for field in fields where field.isRequired && !present.contains(field.name) {
            problems.append((path.appending(field.name), node.mark, "missing required field \"\(field.name)\""))
        }
    }

    private mutating func checkLocalizedText(_ node: Node, at path: FieldPath) {
        guard case .mapping(let mapping) = node else {
            return mismatch(node, .localizedText(description: ""), at: path)
        }
        for (keyNode, value) in mapping {
            let language = keyNode.scalar?.string ?? "?"
            let languagePath = path.appending(language)
            if let mark = value.mark { marks[languagePath] = mark }
            guard case .scalar = value, !isNull(value) else {
                // `{en: Harbour, creating jobs}`: the comma ends the text and
                // the rest becomes a key with no value, which is not a language.
                // (Yams does not keep a mapping's flow style, so the hint cannot ask for it.)
                let hint = isNull(value) && !LanguageTag.isWellFormed(language)
                    ? " (inside {…} an unquoted comma ends a text and starts a new field: put the whole text in quotes)" : ""
                problems.append((languagePath, value.mark, "expected text, found \(describe(value))\(hint)"))
                continue
            }
        }
        // Compared as strings: `mapping[key]` resolves the key's tag with a
        // regular expression on every lookup, a real cost over thousands of texts.
        if !mapping.contains(where: { $0.key.scalar?.string == LocalizedText.sourceLanguage }) {
            problems.append((path.appending(LocalizedText.sourceLanguage), node.mark, "missing Chinese text (every text needs \"zh\")"))
        }
    }

    private mutating func mismatch(_ node: Node, _ schema: SchemaNode, at path: FieldPath) {
        problems.append((path, node.mark, "expected \(schema.noun), found \(describe(node))"))
    }

    private func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return YAMLNull.plainSpellings.contains(scalar.string)
    }

    private func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull(node) { return "nothing" }
            let text = scalar.string
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return scalar.style == .plain || scalar.style == .any ? "\(shown)" : "\"\(shown)\""
        }
    }
}
