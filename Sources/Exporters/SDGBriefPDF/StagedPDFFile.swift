import Foundation

/// A temporary file for the PDF as Cairo writes it: completing its tags
/// (`AccessiblePDF`) needs the whole file, and a file keeps a long brief out
/// of memory. Removed when released.
final class StagedPDFFile {
    let url: URL
    private let handle: FileHandle
    private let chunks: ChunkBuffer

    /// The first error writing the file met, if any.
    var failure: (any Error)? { chunks.failure }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("sdgbrief-\(UUID().uuidString).pdf")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        self.handle = handle
        chunks = ChunkBuffer { try handle.write(contentsOf: $0) }
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        chunks.append(bytes)
    }

    /// Writes what is buffered; call once Cairo has finished.
    func flush() throws {
        try chunks.flush()
    }
}
