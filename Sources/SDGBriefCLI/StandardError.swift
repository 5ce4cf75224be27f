import Foundation

/// Error lines go to standard error, so that standard output stays the data a
/// script asked for.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
