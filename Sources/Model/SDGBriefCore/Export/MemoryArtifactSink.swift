import Foundation
import Synchronization

/// Collects what an exporter streams as artifacts, in the order the streams
/// finished: how the streaming exporters still return `[Artifact]`.
public final class MemoryArtifactSink: ArtifactSink, Sendable {
    // Streams of several threads may finish at once.
    private let collected = Mutex<[Artifact]>([])

    /// Empty.
    public init() {}

    /// What was written so far, in the order the streams finished.
    public var artifacts: [Artifact] {
        collected.withLock { $0 }
    }

    public func begin(_ path: String) throws -> any ArtifactStream {
        Stream(path: path, sink: self)
    }

    fileprivate func add(_ artifact: Artifact) {
        collected.withLock { $0.append(artifact) }
    }

    private final class Stream: ArtifactStream {
        let path: String
        let sink: MemoryArtifactSink
        var data = Data()

        init(path: String, sink: MemoryArtifactSink) {
            self.path = path
            self.sink = sink
        }

        func write(_ data: Data) throws {
            self.data.append(data)
        }

        func finish() throws {
            sink.add(Artifact(path: path, contents: data))
        }
    }
}
