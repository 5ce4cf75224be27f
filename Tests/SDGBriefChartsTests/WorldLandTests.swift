import Crypto
import Foundation
import SDGBriefCharts
import Testing

@Suite struct WorldLandTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Assets").appending(path: "naturalearth")

    @Test func assetIsTheCommittedFileAndMatchesTheChecksumItsConversionWrote() throws {
        let data = try Data(contentsOf: Self.folder.appending(path: "countries-110m.txt"))
        #expect(data.count < 32_000, "the asset has grown to \(data.count) bytes")
        let recorded = try String(contentsOf: Self.folder.appending(path: "countries-110m.sha256"), encoding: .utf8)
        let digest = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        #expect(recorded == "\(digest)  countries-110m.txt\n")
        #expect(WorldLand.assetText == String(decoding: data, as: UTF8.self), "the binary embeds the committed file")
    }

    @Test func provenanceIsRecordedBesideTheAsset() throws {
        let readme = try String(contentsOf: Self.folder.appending(path: "README.md"), encoding: .utf8)
        for phrase in ["Natural Earth", "1:110m", "public domain", "r-cran-rnaturalearthdata 0.1.0-2", "convert.py", "22,002 bytes"] {
            #expect(readme.contains(phrase), "README.md should say \(phrase)")
        }
        let script = try String(contentsOf: Self.folder.appending(path: "convert.py"), encoding: .utf8)
        #expect(script.contains("countries110") && script.contains("countries-110m.sha256"))
        #expect(WorldLand.assetText.hasPrefix("# Natural Earth 1:110m"))
    }

    @Test func ringsDecodeToTheWorld() {
        let rings = WorldLand.rings
        #expect(rings.count == 286)
        let points = rings.flatMap { $0 }
        #expect(points.count > 7_000)
        #expect(points.allSatisfy { (-180...180).contains($0.longitude) && (-90...90).contains($0.latitude) })
        // The land reaches both sides of the antimeridian, Antarctica and the Arctic.
        #expect(points.contains { $0.longitude == 180 } && points.contains { $0.longitude == -180 })
        #expect(points.contains { $0.latitude < -85 } && points.contains { $0.latitude > 80 })
        // Africa's southern tip, near the Cape of Good Hope, is there.
        #expect(rings.contains { ring in ring.contains { abs($0.longitude - 18.4) < 1 && abs($0.latitude + 34) < 1 } })
    }
}
