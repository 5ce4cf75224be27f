import Foundation
import SDGBriefCore

/// Writes `ReportSchema` as a JSON Schema (draft 2020-12), the file editors use
/// to check and complete report files. Generated rather than written by hand so
/// it always says what the loader accepts; `Assets/report.schema.json` is this
/// output, and a test keeps the two equal.
public enum JSONSchemaWriter {
    public static func schema() -> Data {
        var document = object(from: ReportSchema.report)
        document["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        document["title"] = "sdgbrief report"
        document["description"] = "A report on city partnerships and the Sustainable Development Goals, schema version \(Report.currentSchemaVersion)."
        if var properties = document["properties"] as? [String: Any] {
            properties["schemaVersion"] = ["const": Report.currentSchemaVersion, "description": "The schema version of this file."]
            document["properties"] = properties
        }
        document["$defs"] = ["localizedText": localizedText(paragraph: false), "paragraph": localizedText(paragraph: true)]
        // JSONSerialization cannot fail on the dictionaries built here: only
        // strings, numbers, booleans, arrays and dictionaries with string keys.
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return data + Data("\n".utf8)
    }

    /// A name (one line, at most `longestName` characters) or a paragraph
    /// (line breaks allowed, at most `longestParagraph`); either way without
    /// the control characters the validator refuses, with a non-blank `zh`.
    private static func localizedText(paragraph: Bool) -> [String: Any] {
        var rules: [SchemaRule] = [.notPattern(ReportValidator.forbiddenControlPattern)]
        if paragraph {
            rules.append(.maxLength(ReportValidator.longestParagraph))
        } else {
            rules += [.notPattern("[\\n\\r]"), .maxLength(ReportValidator.longestName)]
        }
        let text = applying(rules, to: ["type": "string"])
        return [
            "type": "object",
            "description": paragraph
                ? "A paragraph by language (BCP 47 tag); Chinese (zh) is required."
                : "Text by language (BCP 47 tag) on one line; Chinese (zh) is required.",
            "required": [LocalizedText.sourceLanguage],
            "properties": [LocalizedText.sourceLanguage: applying([.pattern("\\S")], to: text)],
            "propertyNames": ["pattern": LanguageTag.pattern],
            "additionalProperties": text,
        ]
    }

    private static func object(from node: SchemaNode, description: String? = nil, field: String? = nil, rules: [SchemaRule] = []) -> [String: Any] {
        var result: [String: Any]
        switch node {
        case .object(let fields):
            var properties: [String: Any] = [:]
            for field in fields {
                properties[field.name] = object(from: field.node, description: field.description, field: field.name, rules: field.rules)
            }
            result = [
                "type": "object",
                "properties": properties,
                "required": fields.filter(\.isRequired).map(\.name),
                "additionalProperties": false,
            ]
        case .array(let element, _):
            // A list's field name says what its entries are (a paragraph of `narrative`).
            result = ["type": "array", "items": object(from: element, field: field)]
        case .string(_, let allowed):
            result = ["type": "string"]
            if let allowed { result["enum"] = allowed }
        case .integer:
            result = ["type": "integer"]
        case .number:
            result = ["type": "number"]
        case .localizedText:
            let isParagraph = field.map(ReportValidator.paragraphFields.contains) ?? false
            result = ["$ref": isParagraph ? "#/$defs/paragraph" : "#/$defs/localizedText"]
        }
        result = applying(rules, to: result)
        let text = description ?? node.description
        if !text.isEmpty { result["description"] = text }
        return result
    }

    private static func applying(_ rules: [SchemaRule], to schema: [String: Any]) -> [String: Any] {
        var result = schema
        var all: [[String: Any]] = []
        for rule in rules {
            switch rule {
            case .range(let range):
                result["minimum"] = number(range.lowerBound)
                result["maximum"] = number(range.upperBound)
            case .pattern(let pattern):
                all.append(["pattern": pattern])
            case .notPattern(let pattern):
                all.append(["not": ["pattern": pattern]])
            case .maxLength(let length):
                result["maxLength"] = length
            case .minItems(let count):
                result["minItems"] = count
            case .contains(let field, let value):
                result["contains"] = ["type": "object", "properties": [field: ["const": value]], "required": [field]]
            }
        }
        if all.count == 1, let pattern = all[0]["pattern"] {
            result["pattern"] = pattern
        } else if !all.isEmpty {
            result["allOf"] = all
        }
        return result
    }

    /// Whole bounds as integers, so the schema reads `"maximum": 17`, not `17.0`.
    private static func number(_ value: Double) -> Any {
        value == value.rounded() && abs(value) < 1e15 ? Int(value) as Any : value as Any
    }
}
