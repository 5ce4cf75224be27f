import SDGBriefCore

/// A rule of the model's validation that JSON Schema can state too, attached
/// to a field of `ReportSchema` so that the JSON Schema editors read carries
/// it. `ReportValidator` enforces each itself (with messages that say why);
/// a test runs a JSON Schema validator over the bad-input corpus and checks
/// the two agree.
public enum SchemaRule: Sendable {
    /// A number or whole number within these bounds.
    case range(ClosedRange<Double>)
    /// Text matching this ECMA-262 regular expression.
    case pattern(String)
    /// Text not matching this regular expression.
    case notPattern(String)
    /// Text of at most this many characters.
    case maxLength(Int)
    /// A list of at least this many entries.
    case minItems(Int)
    /// A list of objects of which at least one has `field` equal to `value`.
    case contains(field: String, value: String)
}
