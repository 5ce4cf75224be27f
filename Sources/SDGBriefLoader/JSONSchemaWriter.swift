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
        document["$defs"] = ["localizedText": localizedText]
        // JSONSerialization cannot fail on the dictionaries built here: only
        // strings, numbers, booleans, arrays and dictionaries with string keys.
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return data + Data("\n".utf8)
    }

    private static var localizedText: [String: Any] {
        [
        "type": "object",
        "description": "Text by language (BCP 47 tag); Chinese (zh) is required.",
        "required": [LocalizedText.sourceLanguage],
        "properties": [LocalizedText.sourceLanguage: ["type": "string", "minLength": 1]],
        "propertyNames": ["pattern": LanguageTag.pattern],
        "additionalProperties": ["type": "string"],
        ]
    }

    private static func object(from node: SchemaNode, description: String? = nil) -> [String: Any] {
        var result: [String: Any]
        switch node {
        case .object(let fields):
            var properties: [String: Any] = [:]
            for field in fields {
                properties[field.name] = object(from: field.node, description: field.description)
            }
            result = [
                "type": "object",
                "properties": properties,
                "required": fields.filter(\.isRequired).map(\.name),
                "additionalProperties": false,
            ]
        case .array(let element, _):
            result = ["type": "array", "items": object(from: element)]
        case .string(_, let allowed):
            result = ["type": "string"]
            if let allowed { result["enum"] = allowed }
        case .integer:
            result = ["type": "integer"]
        case .number:
            result = ["type": "number"]
        case .localizedText:
            result = ["$ref": "#/$defs/localizedText"]
        }
        let text = description ?? node.description
        if !text.isEmpty { result["description"] = text }
        return result
    }
}
