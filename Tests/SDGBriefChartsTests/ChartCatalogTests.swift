import Foundation
import SDGBriefCairo
@testable import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import Testing

@Suite struct ChartCatalogTests {
    @Test func idsAreUniqueAndLookUpTheirChart() {
        let ids = ChartCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ["sdg-coverage", "sdg-matrix", "awards", "timeline", "key-figures", "partners", "population", "map"])
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
    /// touching, nothing below 36 px on a 1080 px high slide (18 pt on a
    /// 7.5 in slide) and the title at 64 px or more; text too long for its
    /// room is shortened by the chart, ending in "…", never by the renderer.
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
                let minimum = 36 * canvas.size.height / 1080
                let small = drawing.textRuns.filter { $0.style.size < minimum }.map { "\($0.text) \($0.style.size)" }
                #expect(small.isEmpty, "\(label): \(small)")
                let title = try #require(drawing.textRuns.first)
                #expect(title.style.size >= 64 * canvas.size.height / 1080, "\(label): title \(title.style.size)")
                let cutByRenderer = drawing.textRuns.filter { $0.metrics.isEllipsized || $0.text.contains("⋯") }.map(\.text)
                #expect(cutByRenderer.isEmpty, "\(label): \(cutByRenderer)")
            }
        }
    }

    /// A short report fills the slide: the marks below the subtitle reach
    /// over at least 70% of the height between it and the source line.
    @Test func aFewCasesFillThePlot() throws {
        let report = ChartFixture.synthetic(cases: 3)
        let measurer = try ChartFixture.measurer()
        // The map's height follows its projection's fixed proportions from the
        // width it fills; MapChartTests checks that it spans the plot.
        for chart in ChartCatalog.all where chart.hasData(report, on: ChartCanvas(.widescreen)) && chart.id != "map" {
            for size in ChartSize.allCases {
                let drawing = try chart.layout(report, on: ChartCanvas(size), measurer: measurer)
                // The frame's runs come first: title, subtitle, source line.
                let frame = drawing.marks.prefix(3).compactMap { mark -> TextRun? in if case .text(let run) = mark { run } else { nil } }
                try #require(frame.count == 3)
                let plotTop = frame[1].extent.maxY, plotBottom = frame[2].extent.minY
                let extents = drawing.marks.dropFirst(3).compactMap(Self.verticalExtent)
                let top = try #require(extents.map(\.lowerBound).min()), bottom = try #require(extents.map(\.upperBound).max())
                let share = (min(bottom, plotBottom) - max(top, plotTop)) / (plotBottom - plotTop)
                #expect(share >= 0.7, "fill \(chart.id) \(size.rawValue): marks span \(Int(share * 100))% of the plot's height")
            }
        }
    }

    static func verticalExtent(_ mark: Mark) -> ClosedRange<Double>? {
        switch mark {
        case .rect(let r): r.rect.minY ... r.rect.maxY
        case .circle(let c): c.bounds.minY ... c.bounds.maxY
        case .line(let l): min(l.from.y, l.to.y) ... max(l.from.y, l.to.y)
        case .text(let run): run.extent.minY ... run.extent.maxY
        default: nil
        }
    }

    /// WCAG's 3:1 for graphics: every mark that carries data (anything not
    /// drawn in the frame's own background, panel, faint or grid colours)
    /// stands out from what it is drawn on, by its fill or by an edge.
    @Test(arguments: reports)
    func everyDataMarkStandsOutFromItsBackground(_ name: String) throws {
        let report = try Self.report(name)
        let measurer = try ChartFixture.measurer()
        for chart in ChartCatalog.all where chart.hasData(report, on: ChartCanvas(.widescreen)) {
            for theme in ChartTheme.allCases {
                let palette = ChartPalette(theme)
                let drawing = try chart.layout(report, on: ChartCanvas(.widescreen, theme: theme), measurer: measurer)
                let furniture = palette.furniture
                var behind: [(rect: Rect, color: Color)] = []
                var faint: [String] = []
                var checked = 0
                for mark in drawing.marks {
                    let shape: (bounds: Rect, fill: Color?, stroke: Stroke?)
                    switch mark {
                    case .rect(let r): shape = (r.rect, r.fill, r.stroke)
                    case .circle(let c): shape = (c.bounds, c.fill, c.stroke)
                    case .line(let l): shape = (Rect(x: min(l.from.x, l.to.x), y: min(l.from.y, l.to.y), width: abs(l.to.x - l.from.x), height: abs(l.to.y - l.from.y)), nil, l.stroke)
                    default: continue
                    }
                    let colours = [shape.fill, shape.stroke?.color].compactMap { $0 }
                    let center = Point(x: shape.bounds.midX, y: shape.bounds.midY)
                    let backdrop = behind.last { $0.rect.contains(center) }?.color ?? palette.backdrop
                    if colours.allSatisfy({ furniture.contains($0) }) {
                        if let fill = shape.fill { behind.append((shape.bounds, fill.composited(over: backdrop))) }
                        continue
                    }
                    checked += 1
                    let byFill = shape.fill.map { $0.composited(over: backdrop).contrastRatio(with: backdrop) } ?? 0
                    let byEdge = shape.stroke.flatMap { $0.width >= 2 ? $0.color.composited(over: backdrop).contrastRatio(with: backdrop) : nil } ?? 0
                    if max(byFill, byEdge) < 3 { faint.append("\(mark) \(String(format: "%.2f", max(byFill, byEdge))):1") }
                }
                #expect(checked > 0, "\(chart.id) \(theme)")
                #expect(faint.isEmpty, "\(chart.id) \(theme) \(name): \(faint)")
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
        for id in ["sdg-matrix", "awards", "partners", "map"] {
            let text = try #require(ChartCatalog.chart(id: id)).altText(report, on: canvas)
            for item in report.cases { #expect(text.contains(item.city.zh), "\(id) misses \(item.city.zh)") }
        }
    }
}
