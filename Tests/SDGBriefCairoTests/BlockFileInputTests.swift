import Foundation
@testable import SDGBriefCairo
import SDGBriefSynth
import Testing

/// The file as qpdf reads it through the PDF tagging pass's blocks, held
/// against qpdf's own file input.
@Suite struct BlockFileInputTests {
    /// Lines of every length and ending, one longer than a block with no
    /// line end, and no line end at the end: six 64 KiB blocks, more than
    /// the four held, so that blocks are dropped and read again.
    private static func makeFile(_ random: inout SplitMix64) throws -> URL {
        var bytes: [UInt8] = []
        let endings: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0A, 0x0D], []]
        while bytes.count < 330_000 {
            let length = bytes.count > 100_000 && bytes.count < 110_000 ? 70_000 : random.int(in: 0 ... 300)
            bytes += (0 ..< length).map { _ in UInt8(random.int(in: 0x21 ... 0x7E)) }
            bytes += random.pick(endings)
        }
        bytes += Array("%%EOF".utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("block-input-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: url)
        return url
    }

    @Test func readsAsQPDFsOwnFileInput() throws {
        var random = SplitMix64(seed: 2026)
        let url = try Self.makeFile(&random)
        defer { try? FileManager.default.removeItem(at: url) }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        let blockEdges = [0, 1, 65_535, 65_536, 65_537, 131_072, 262_143, 262_144, size - 1, size, size + 40]
        var steps: [String] = []
        for _ in 0 ..< 1_500 {
            switch random.int(in: 0 ... 9) {
            case 0: steps.append("s\(random.pick(blockEdges))")
            case 1: steps.append("s\(random.int(in: 0 ... size))")
            case 2: steps.append("c\(random.int(in: -100_000 ... 100_000))")
            case 3: steps.append("e-\(random.int(in: 0 ... 200))")
            case 4, 5: steps.append("l")
            case 6: steps.append("r\(random.pick([0, 1, 47, 5_000, 70_000, 140_000]))"); steps.append("u")
            case 7: steps.append("w")
            default: steps.append("r\(random.int(in: 1 ... 300))")
            }
        }
        let script = steps.joined(separator: " ")
        let ours = try PDFTaggingReading.asThePass.traceInput(path: url.path, script: script)
        let qpdf = try PDFTaggingReading.withQPDF.traceInput(path: url.path, script: script)
        let ourLines = ours.split(separator: "\n")
        let qpdfLines = qpdf.split(separator: "\n")
        #expect(ourLines.count == steps.count)
        #expect(qpdfLines.count == steps.count)
        for (index, (our, their)) in zip(ourLines, qpdfLines).enumerated() where our != their {
            Issue.record("step \(index + 1): \(our.prefix(200)) against qpdf's \(their.prefix(200))")
            break
        }
        // The file was read across its blocks and past its end.
        #expect(ours.contains(" read 140000 "))
        #expect(ours.contains("eol \(size)"))
    }
}
