/// A temporary file a package is assembled in could not be made or used.
public struct ScratchFileError: Error, CustomStringConvertible {
    /// What failed, and the system's reason.
    public var message: String
    /// The message.
    public var description: String { message }

    /// An error saying `message`.
    public init(message: String) {
        self.message = message
    }
}
