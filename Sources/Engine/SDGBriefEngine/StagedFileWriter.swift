import Crypto
import Foundation
import Synchronization

/// The half of a staged file that works on a queue of its own: each block
/// handed over is written to the file and hashed there, so the exporter goes
/// on producing the next block meanwhile (SHA-256 of a table costs about as
/// much as writing it: callgrind, 1,000-case CSV).
///
/// The queue is the only writer of the hash, size and failure; they are
/// behind mutexes all the same, uncontended but checked by the compiler.
final class StagedFileWriter: Sendable {
    /// Blocks handed over but not yet written: bounds the memory a fast
    /// exporter can run ahead by.
    static let blocksInFlight = 4

    let descriptor: Int32
    private let destination: URL
    private let queue = DispatchQueue(label: "sdgbrief.output-file")
    private let slots = DispatchSemaphore(value: StagedFileWriter.blocksInFlight)
    /// The first write that failed; later blocks are dropped. Kept apart from
    /// the hash so that the exporter's thread checking it never waits for one.
    private let failure = Mutex<ExportError?>(nil)
    private let written = Mutex<(hasher: SHA256, size: Int)>((SHA256(), 0))

    init(descriptor: Int32, destination: URL) {
        self.descriptor = descriptor
        self.destination = destination
    }

    /// Queues `block` to be written and hashed, waiting while
    /// `blocksInFlight` are queued; throws the failure of an earlier block.
    func handOver(_ block: Data) throws(ExportError) {
        if let failure = failure.withLock({ $0 }) { throw failure }
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard failure.withLock({ $0 == nil }) else { return }
            if let problem = write(block) {
                failure.withLock { $0 = problem }
                return
            }
            written.withLock { written in
                written.hasher.update(data: block)
                written.size += block.count
            }
        }
    }

    /// Waits for every block handed over, then gives the first failure, or
    /// the size and SHA-256 (in hex, as the manifest lists it) of all that
    /// was written.
    func drain() -> Result<(size: Int, sha256: String), ExportError> {
        queue.sync {}
        if let failure = failure.withLock({ $0 }) { return .failure(failure) }
        return .success(written.withLock { ($0.size, Manifest.hex($0.hasher.finalize())) })
    }

    private func write(_ block: Data) -> ExportError? {
        block.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = SystemCalls.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return OutputDirectory.failure(errno, writing: destination)
                }
                offset += count
            }
            return nil
        }
    }
}
