/// A string-valued field whose valid values are a fixed list.
///
/// Such fields decode any string so that validation, not decoding, rejects an
/// unknown value, and can report it alongside every other problem in the file.
public protocol CaseIterableVocabulary: RawRepresentable<String>, Sendable {
    static var known: [Self] { get }
}

extension CaseIterableVocabulary {
    public var isKnown: Bool { Self.known.contains { $0.rawValue == rawValue } }

    /// The valid values, for error messages and the JSON Schema.
    public static var knownRawValues: [String] { known.map(\.rawValue) }
}
