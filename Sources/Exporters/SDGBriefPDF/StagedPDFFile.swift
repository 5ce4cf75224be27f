import Foundation

/// A temporary file for the PDF as Cairo writes it: completing its tags
/// (`AccessiblePDF`) needs the whole file, and a file keeps a long brief out
/// of memory. Removed when released.
final class StagedPDFFile {
    static let blockSize = 256 * 1024

    let url: URL
    private let handle: FileHandle
    private var buffer = Data()
    private(set) var failure: (any Error)?

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sdgbrief-\(UUID().uuidString).pdf")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(Self.blockSize)
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil else { return false }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize {
            do { try flush() } catch { return false }
        }
        return true
    }

    /// Writes what is buffered; call once Cairo has finished.
    func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
            throw error
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
