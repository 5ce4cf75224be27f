import Foundation

/// Collects what an exporter streams as artifacts, in the order the streams
/// finished: how the streaming exporters still return `[Artifact]`.
public final class MemoryArtifactSink: ArtifactSink, @unchecked Sendable {
    // Guarded by `lock`: streams of several threads may finish at once.
    private var collected: [Artifact] = []
    private let lock = NSLock()

    public init() {}

    public var artifacts: [Artifact] {
        lock.withLock { collected }
    }

    public func begin(_ path: String) throws -> any ArtifactStream {
        Stream(path: path, sink: self)
    }

    fileprivate func add(_ artifact: Artifact) {
        lock.withLock { collected.append(artifact) }
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
