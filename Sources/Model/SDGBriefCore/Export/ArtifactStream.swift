import Foundation

/// One file being written. Its contents are the bytes passed to `write`, in
/// order; it counts only once `finish` returns. A stream dropped unfinished,
/// because its exporter failed, leaves nothing behind.
public protocol ArtifactStream: AnyObject {
    func write(_ data: Data) throws
    func finish() throws
}
