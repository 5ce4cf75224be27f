import SDGBriefCore

/// A description of what a report file may contain, shared by the structural
/// checker (which reports type errors with their lines) and the JSON Schema
/// writer (which gives editors completion), so the two cannot drift apart.
public indirect enum SchemaNode: Sendable {
    case object([SchemaField])
    case array(of: SchemaNode, description: String)
    case string(description: String, allowed: [String]? = nil)
    case integer(description: String)
    case number(description: String)
    /// `{zh: "…", en: "…"}`; `zh` required.
    case localizedText(description: String)

    public var description: String {
        switch self {
        case .object: ""
        case .array(_, let description), .string(let description, _), .integer(let description),
            .number(let description), .localizedText(let description):
            description
        }
    }

    /// What a reader calls this kind of value in an error message.
    var noun: String {
        switch self {
        case .object: "a mapping of fields"
        case .array: "a list"
        case .string: "text"
        case .integer: "a whole number"
        case .number: "a number"
        case .localizedText: "a mapping of language to text, such as {zh: \"…\"}"
        }
    }
}

/// One named field of an object.
public struct SchemaField: Sendable {
    public var name: String
    public var node: SchemaNode
    public var isRequired: Bool
    /// Shown in the JSON Schema for objects, whose `SchemaNode` has no text of its own.
    public var description: String
    /// What the model's validation requires of the value beyond its type,
    /// where JSON Schema can say it too.
    public var rules: [SchemaRule]

    public init(_ name: String, _ node: SchemaNode, required: Bool = true, description: String? = nil, rules: [SchemaRule] = []) {
        self.name = name
        self.node = node
        self.isRequired = required
        self.description = description ?? node.description
        self.rules = rules
    }
}
