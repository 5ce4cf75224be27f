/// An error an exporter raises for a reason the user can act on, classified so
/// the command line can choose the exit status and word the message.
public struct ExportFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// The report holds something this format cannot represent (a
        /// character no shipped font can draw, say): exit status 65.
        case unusableInput
        /// Something the machine lacks, such as a font: exit status 69.
        case unavailable
        /// An option that does not fit the report (a figure id no case has):
        /// a usage error, exit status 64, not a fault of the report file.
        case invalidOption
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
