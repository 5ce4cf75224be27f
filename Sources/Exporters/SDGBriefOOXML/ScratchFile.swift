import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An anonymous temporary file (`tmpfile`): a place for bytes too many to
/// hold in memory, which the system removes when it is closed or the process
/// ends, however it ends.
public final class ScratchFile {
    private let file: UnsafeMutablePointer<FILE>

    /// A new empty file.
    public init() throws {
        guard let file = tmpfile() else {
            throw ScratchFileError(message: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        self.file = file
    }

    /// Opens `url` to read it back, and removes its name at once, so that
    /// nothing is left behind even if the process is killed.
    public init(readingAndRemoving url: URL) throws {
        guard let file = fopen(url.path, "rb") else {
            throw ScratchFileError(message: "cannot read the temporary file \(url.path): \(String(cString: strerror(errno)))")
        }
        unlink(url.path)
        self.file = file
    }

    deinit {
        fclose(file)
    }

    /// Appends `bytes`.
    public func write(_ bytes: [UInt8]) throws {
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else {
            throw ScratchFileError(message: "cannot write a temporary file: \(String(cString: strerror(errno)))")
        }
    }

    /// Its size, after writing; reading starts from the beginning.
    public func rewind() throws -> Int64 {
        // A full disk shows itself here, when the buffered bytes are written.
        guard fflush(file) == 0 else {
            throw ScratchFileError(message: "cannot write a temporary file: \(String(cString: strerror(errno)))")
        }
        fseeko(file, 0, SEEK_END)
        let size = Int64(ftello(file))
        fseeko(file, 0, SEEK_SET)
        return size
    }

    /// Exactly `count` bytes, or fewer at the end of the file.
    public func read(_ count: Int) -> Data {
        var data = Data(count: count)
        let read = data.withUnsafeMutableBytes { fread($0.baseAddress, 1, count, file) }
        data.count = read
        return data
    }
}
