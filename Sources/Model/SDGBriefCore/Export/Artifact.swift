import Foundation

/// A file an exporter produces: a path relative to the output directory and its bytes.
///
/// Exporters never touch the file system; the command line decides where and
/// how artifacts are written, so every exporter gets the same atomic writing.
public struct Artifact: Sendable, Hashable {
    /// `/`-separated, relative, without `.` or `..` components.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
