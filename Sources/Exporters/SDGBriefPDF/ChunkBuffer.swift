import Foundation
import SDGBriefCore

/// Gathers the many small pieces Cairo and qpdf write (an operator, a
/// number) into blocks before they go to their destination, and keeps the
/// first write error so the exporter can report it rather than Cairo's bare
/// "write error".
final class ChunkBuffer {
    static let blockSize = 256 * 1024

    private let write: (Data) throws -> Void
    private var buffer = Data()
    private(set) var failure: (any Error)?

    /// Blocks go to `stream`.
    convenience init(_ stream: any ArtifactStream) {
        self.init { try stream.write($0) }
    }

    /// Blocks go to `write`.
    init(write: @escaping (Data) throws -> Void) {
        self.write = write
        buffer.reserveCapacity(Self.blockSize)
    }

    func append(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil else { return false }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize {
            do { try flush() } catch { return false }
        }
        return true
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try write(buffer)
        } catch {
            failure = error
            throw error
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
