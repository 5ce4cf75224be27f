/// An error an exporter raises for a reason the user can act on, classified so
/// the command line can choose the exit status and word the message.
public struct ExportFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// The report holds something this format cannot represent (a
        /// character no shipped font can draw, say): exit status 65.
        case unusableInput
        /// Something the machine lacks, such as a font: exit status 69.
        case unavailable
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
