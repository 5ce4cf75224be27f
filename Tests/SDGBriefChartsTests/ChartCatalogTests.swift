import SDGBriefCairo
import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct ChartCatalogTests {
    @Test func idsAreUniqueAndLookUpTheirChart() {
        let ids = ChartCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ["sdg-coverage", "sdg-matrix", "awards", "timeline", "key-figures", "partners", "population"])
        for id in ids { #expect(ChartCatalog.chart(id: id)?.id == id) }
        #expect(ChartCatalog.chart(id: "pie") == nil)
    }

    static let reports: [String] = ["bundled", "3 cases", "30 cases"]

    static func report(_ name: String) throws -> Report {
        switch name {
        case "3 cases": ChartFixture.synthetic(cases: 3)
        case "30 cases": ChartFixture.synthetic(cases: 30)
        default: try ChartFixture.bundled()
        }
    }

    /// Every chart on every canvas: text inside the canvas, no two runs
    /// touching, nothing below 24 px on a 1080 px high slide.
    @Test(arguments: reports)
    func everyChartLaysOutLegiblyOnEveryCanvas(_ name: String) throws {
        let report = try Self.report(name)
        let measurers = try Dictionary(uniqueKeysWithValues: BriefWords.languages.map { ($0, try CairoRenderer(language: $0).measurer) })
        for chart in ChartCatalog.all {
            for canvas in ChartFixture.canvases() {
                let measurer = try #require(measurers[canvas.language])
                let drawing = try chart.layout(report, on: canvas, measurer: measurer)
                let label = "\(chart.id) \(canvas.size.width)×\(canvas.size.height) \(canvas.theme) \(canvas.language) \(name)"
                #expect(drawing.size == canvas.size, "\(label)")
                #expect(!drawing.textRuns.isEmpty, "\(label)")
                let outside = drawing.textRunsOutsideCanvas.map { "\($0.text) \($0.extent)" }
                #expect(outside.isEmpty, "\(label): \(outside)")
                let overlaps = drawing.overlappingTextRuns.map { "\($0.0.text) ↔ \($0.1.text)" }
                #expect(overlaps.isEmpty, "\(label): \(overlaps)")
                let minimum = 24 * canvas.size.height / 1080
                let small = drawing.textRuns.filter { $0.style.size < minimum }.map { "\($0.text) \($0.style.size)" }
                #expect(small.isEmpty, "\(label): \(small)")
            }
        }
    }

    @Test func themesSetTheBackgroundAndTextColours() throws {
        let report = try ChartFixture.bundled()
        let measurer = try ChartFixture.measurer()
        for chart in ChartCatalog.all {
            let light = try chart.layout(report, on: ChartCanvas(.widescreen, theme: .light), measurer: measurer)
            let dark = try chart.layout(report, on: ChartCanvas(.widescreen, theme: .dark), measurer: measurer)
            let clear = try chart.layout(report, on: ChartCanvas(.widescreen, theme: .transparent), measurer: measurer)
            #expect(light.background == .white)
            #expect(clear.background == nil)
            let darkBackground = try #require(dark.background)
            #expect(darkBackground.red + darkBackground.green + darkBackground.blue < 0.6)
            // The title is the first run: near-black on light, near-white on dark.
            let darkTitle = try #require(dark.textRuns.first).style.color
            let lightTitle = try #require(light.textRuns.first).style.color
            #expect(darkTitle.red > 0.9 && lightTitle.red < 0.2)
        }
    }

    @Test func layoutIsTheSameEveryTime() throws {
        let report = try ChartFixture.bundled()
        let measurer = try ChartFixture.measurer()
        for chart in ChartCatalog.all {
            let canvas = ChartCanvas(.standard, theme: .dark)
            #expect(try chart.layout(report, on: canvas, measurer: measurer) == chart.layout(report, on: canvas, measurer: measurer))
        }
    }

    /// An English chart of an English report says nothing in Chinese: its
    /// title, subtitle, legend, notes and alt text all come from the English words.
    @Test(arguments: ["3 cases", "30 cases"])
    func englishChartsHoldNoChinese(_ name: String) throws {
        let report = try Self.report(name)
        let canvas = ChartCanvas(.widescreen, language: "en")
        let measurer = try ChartFixture.measurer(for: canvas)
        func isChinese(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isIdeographic || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
        }
        for chart in ChartCatalog.all where chart.hasData(report, on: canvas) {
            let drawing = try chart.layout(report, on: canvas, measurer: measurer)
            let chinese = drawing.textRuns.map(\.text).filter { $0.unicodeScalars.contains(where: isChinese) }
            #expect(chinese.isEmpty, "\(chart.id): \(chinese)")
            let alt = chart.altText(report, on: canvas)
            #expect(!alt.unicodeScalars.contains(where: isChinese), "\(chart.id): \(alt)")
            #expect(!chart.title(report, on: canvas).unicodeScalars.contains(where: isChinese))
        }
    }

    @Test func altTextNamesEveryCaseTheChartShows() throws {
        let report = try ChartFixture.bundled()
        let canvas = ChartCanvas(.widescreen)
        for id in ["sdg-matrix", "awards", "partners"] {
            let text = try #require(ChartCatalog.chart(id: id)).altText(report, on: canvas)
            for item in report.cases { #expect(text.contains(item.city.zh), "\(id) misses \(item.city.zh)") }
        }
    }
}
