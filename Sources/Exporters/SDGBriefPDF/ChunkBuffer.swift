import Foundation
import SDGBriefCore

/// Gathers the many small pieces Cairo writes (an operator, a number) into
/// blocks before they go to the stream, and keeps the first write error so
/// the exporter can report it rather than Cairo's bare "write error".
final class ChunkBuffer {
    static let blockSize = 256 * 1024

    let stream: any ArtifactStream
    private var buffer = Data()
    private(set) var failure: (any Error)?

    init(_ stream: any ArtifactStream) {
        self.stream = stream
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
            try stream.write(buffer)
        } catch {
            failure = error
            throw error
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
