import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An anonymous temporary file (`tmpfile`): a place for bytes too many to
/// hold in memory, which the system removes when it is closed or the process
/// ends, however it ends.
final class XLSXScratchFile {
    private let file: UnsafeMutablePointer<FILE>

    init() throws {
        guard let file = tmpfile() else {
            throw ExportScratchError(message: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        self.file = file
    }

    /// Opens `url` to read it back, and removes its name at once, so that
    /// nothing is left behind even if the process is killed.
    init(readingAndRemoving url: URL) throws {
        guard let file = fopen(url.path, "rb") else {
            throw ExportScratchError(message: "cannot read the temporary file \(url.path): \(String(cString: strerror(errno)))")
        }
        unlink(url.path)
        self.file = file
    }

    deinit {
        fclose(file)
    }

    func write(_ bytes: [UInt8]) throws {
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == bytes.count else {
            throw ExportScratchError(message: "cannot write a temporary file: \(String(cString: strerror(errno)))")
        }
    }

    /// Its size, after writing; reading starts from the beginning.
    func rewind() throws -> Int64 {
        fflush(file)
        fseeko(file, 0, SEEK_END)
        let size = Int64(ftello(file))
        fseeko(file, 0, SEEK_SET)
        return size
    }

    /// Exactly `count` bytes, or fewer at the end of the file.
    func read(_ count: Int) -> Data {
        var data = Data(count: count)
        let read = data.withUnsafeMutableBytes { fread($0.baseAddress, 1, count, file) }
        data.count = read
        return data
    }
}
