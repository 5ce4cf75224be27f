/// One problem found in a report, at a field.
public struct ValidationIssue: Sendable, Hashable, CustomStringConvertible {
    public var path: FieldPath
    public var message: String

    public init(_ path: FieldPath, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
