import Foundation

/// Error lines go to standard error, so that standard output stays the data a
/// script asked for.
public enum StandardError {
    /// Writes `line` and a newline.
    public static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
