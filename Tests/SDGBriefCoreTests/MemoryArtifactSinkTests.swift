import Foundation
import SDGBriefCore
import Testing

@Suite struct MemoryArtifactSinkTests {
    @Test func collectsStreamsAsArtifactsWhenFinished() throws {
        let sink = MemoryArtifactSink()
        let stream = try sink.begin("a.txt")
        try stream.write(Data("一".utf8))
        try stream.write(Data("二".utf8))
        #expect(sink.artifacts.isEmpty)
        try stream.finish()
        try sink.write(Artifact(path: "b.txt", text: "三"))
        #expect(sink.artifacts == [Artifact(path: "a.txt", text: "一二"), Artifact(path: "b.txt", text: "三")])
    }

    /// An exporter that only returns artifacts still writes into any sink.
    @Test func theDefaultSinkExportWritesTheArtifacts() throws {
        struct Plain: Exporter {
            let name = "plain"
            let summary = "plain"
            func export(_ report: Report, options: ExportOptions) throws -> [Artifact] {
                [Artifact(path: "\(report.id).txt", text: "x")]
            }
        }
        let sink = MemoryArtifactSink()
        try Plain().export(Report(id: "r", title: LocalizedText(zh: "题")), options: ExportOptions(), into: sink)
        #expect(sink.artifacts == [Artifact(path: "r.txt", text: "x")])
    }
}
