import Foundation
import SDGBriefChartExport
import SDGBriefCharts
import SDGBriefCore
import SDGBriefLoader
import Testing

@Suite struct PNGChartExporterTests {
    /// Width and height from the IHDR chunk, which always follows the 8-byte signature.
    static func dimensions(_ png: Data) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](png)
        try #require(bytes.count > 24 && bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        try #require(Array(bytes[12..<16]) == Array("IHDR".utf8))
        func integer(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (integer(16), integer(20))
    }

    @Test(arguments: [(ChartSize.widescreen, 1.0), (.standard, 2.0), (.square, 1.5)])
    func pixelSizeIsThePresetTimesTheScale(_ size: ChartSize, _ scale: Double) throws {
        let report = try BundledReport.load()
        let artifacts = try PNGChartExporter().export(report, options: ExportOptions(chartSize: size, pngScale: scale, charts: ["key-figures"]))
        let png = try #require(artifacts.first { $0.path == "charts/key-figures.png" })
        let (width, height) = try Self.dimensions(png.contents)
        #expect(width == Int((size.width * scale).rounded()))
        #expect(height == Int((size.height * scale).rounded()))
    }

    @Test func writesTheSameAltTextAsTheSVGExporter() throws {
        let report = try BundledReport.load()
        let options = ExportOptions(pngScale: 1, charts: ["population"])
        let png = try PNGChartExporter().export(report, options: options)
        let svg = try SVGChartExporter().export(report, options: options)
        let pngAlt = try #require(png.first { $0.path == "charts/population.alt.txt" })
        let svgAlt = try #require(svg.first { $0.path == "charts/population.alt.txt" })
        #expect(pngAlt == svgAlt)
    }

    @Test func sameBytesOnASecondExportAndInAnyRequestOrder() throws {
        let report = try BundledReport.load()
        let first = try PNGChartExporter().export(report, options: ExportOptions(pngScale: 1, charts: ["partners", "sdg-matrix"]))
        let second = try PNGChartExporter().export(report, options: ExportOptions(pngScale: 1, charts: ["sdg-matrix", "partners"]))
        #expect(first == second)
        #expect(first.map(\.path) == ["charts/sdg-matrix.png", "charts/sdg-matrix.alt.txt", "charts/partners.png", "charts/partners.alt.txt"])
    }
}
