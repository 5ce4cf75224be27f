import SDGBriefCharts
import SDGBriefCore
import SDGBriefGraphics
import SDGBriefSynth
import Testing

@Suite struct MapChartTests {
    static let reports = ["bundled", "3 cases", "30 cases", "200 cases"]

    static func report(_ name: String) throws -> Report {
        switch name {
        case "3 cases": ReportSynthesizer().report(cases: 3)
        case "30 cases": ReportSynthesizer().report(cases: 30)
        case "200 cases": ReportSynthesizer().report(cases: 200)
        default: try ChartFixture.bundled()
        }
    }

    /// Markers are the stroked circles; the legend's dots are not stroked.
    static func markers(_ drawing: Drawing) -> [CircleMark] {
        // The legend's keys are edged circles too, where their colour is
        // faint; they are drawn before the map's first path (the sea), the
        // markers after it.
        let sea = drawing.marks.firstIndex { if case .path = $0 { true } else { false } } ?? drawing.marks.endIndex
        return drawing.marks[sea...].compactMap { mark in
            if case .circle(let circle) = mark, circle.stroke != nil { circle } else { nil }
        }
    }

    static func leaders(_ drawing: Drawing) -> [LineMark] {
        drawing.marks.compactMap { mark in if case .line(let line) = mark { line } else { nil } }
    }

    static func distance(_ point: Point, _ rect: Rect) -> Double {
        let dx = max(rect.minX - point.x, 0, point.x - rect.maxX)
        let dy = max(rect.minY - point.y, 0, point.y - rect.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }

    /// What every map must be, whatever the report: all text inside the
    /// canvas, at 36 px or more on a 1080 px slide, no two runs touching,
    /// no text over any city's marker, a marker for every city, and a note
    /// on the chart exactly when some city is left without a label.
    static func expectLegible(_ drawing: Drawing, _ report: Report, canvas: ChartCanvas, _ label: String) {
        #expect(drawing.size == canvas.size, "\(label)")
        let outside = drawing.textRunsOutsideCanvas.map { "\($0.text) \($0.extent)" }
        #expect(outside.isEmpty, "\(label): \(outside)")
        let overlaps = drawing.overlappingTextRuns.map { "\($0.0.text) ↔ \($0.1.text)" }
        #expect(overlaps.isEmpty, "\(label): \(overlaps)")
        let minimum = 36 * canvas.size.height / 1080
        let small = drawing.textRuns.filter { $0.style.size < minimum }.map { "\($0.text) \($0.style.size)" }
        #expect(small.isEmpty, "\(label): \(small)")
        #expect(drawing.textRuns.first?.style.size ?? 0 >= 64, "\(label): the title is set at 64 px or more")

        let markers = markers(drawing)
        #expect(markers.count == report.cases.count, "\(label)")
        for run in drawing.textRuns {
            let covered = markers.filter { distance($0.center, run.extent) < $0.radius }
            #expect(covered.isEmpty, "\(label): \(run.text) covers a marker at \(covered.map(\.center))")
        }
        for marker in markers { #expect(drawing.bounds.contains(marker.bounds), "\(label): marker at \(marker.center) leaves the canvas") }

        let english = LocalizedText.isEnglish(canvas.language)
        // Each label sits on a plate of its own.
        let plates = drawing.marks.filter { if case .rect(let rect) = $0 { rect.cornerRadius == 6 } else { false } }.count
        let unlabelled = report.cases.count - plates
        let note = drawing.textRuns.map(\.text).filter { $0.hasSuffix("未标注名称") || $0.hasSuffix("not labelled for lack of room") }
        if unlabelled == 0 {
            #expect(note.isEmpty, "\(label): \(note)")
        } else {
            let expected = english ? "\(unlabelled) cit" : "有\(unlabelled)个城市"
            #expect(note.count == 1 && note[0].contains(expected), "\(label): \(unlabelled) unlabelled, note \(note)")
        }
    }

    @Test(arguments: reports)
    func labelsNeverOverlapOnAnyCanvas(_ name: String) throws {
        let report = try Self.report(name)
        let measurer = try ChartFixture.measurer()
        for canvas in ChartFixture.canvases() {
            let drawing = try MapChart().layout(report, on: canvas, measurer: measurer)
            Self.expectLegible(drawing, report, canvas: canvas, "\(canvas.size.width)×\(canvas.size.height) \(canvas.theme) \(name)")
        }
    }

    @Test func bundledCitiesAreAllLabelledWithTheirCountriesOnAWideSlide() throws {
        let report = try ChartFixture.bundled()
        let drawing = try MapChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let texts = Set(drawing.textRuns.map(\.text))
        for item in report.cases { #expect(texts.contains("\(item.city.zh) · \(item.country.zh)"), "\(item.city.zh)") }
        #expect(!texts.contains { $0.hasSuffix("未标注名称") })
    }

    /// The map's proportions are the projection's, so a few cities cannot
    /// make it taller; it fills the plot in the dimension that limits it.
    @Test func theMapFillsThePlotInTheDimensionThatLimitsIt() throws {
        let report = ReportSynthesizer().report(cases: 3)
        let measurer = try ChartFixture.measurer()
        for size in ChartSize.allCases {
            let drawing = try MapChart().layout(report, on: ChartCanvas(size), measurer: measurer)
            let sea = try #require(drawing.marks.compactMap { mark -> Rect? in
                if case .path(let path) = mark { path.path.controlBounds } else { nil }
            }.first)
            let frame = drawing.textRuns.prefix(3)
            let plotWidth = drawing.size.width * 0.9, plotHeight = frame[frame.startIndex + 2].extent.minY - frame[frame.startIndex + 1].extent.maxY
            let share = max(sea.width / plotWidth, sea.height / plotHeight)
            #expect(share >= 0.9, "\(size.rawValue): the map spans \(Int(share * 100))% of the plot")
        }
    }

    @Test func markersLieWhereTheProjectionPutsTheirCities() throws {
        let report = try ChartFixture.bundled()
        let drawing = try MapChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let centers = Self.markers(drawing).map(\.center)
        let byLongitude = zip(report.cases, centers).sorted { $0.0.location.longitude < $1.0.location.longitude }
        // East of each other on the globe is right of each other on the map (no city is near ±180°).
        for pair in zip(byLongitude, byLongitude.dropFirst()) where pair.1.0.location.longitude - pair.0.0.location.longitude > 1 {
            #expect(pair.0.1.x < pair.1.1.x, "\(pair.0.0.city.zh) west of \(pair.1.0.city.zh)")
        }
        let quito = try #require(zip(report.cases, centers).first { $0.0.city.zh == "基多" }).1
        let capeTown = try #require(zip(report.cases, centers).first { $0.0.city.zh == "开普敦" }).1
        let milan = try #require(zip(report.cases, centers).first { $0.0.city.zh == "米兰" }).1
        #expect(milan.y < quito.y && quito.y < capeTown.y, "north is up")
    }

    @Test func legendListsOnlyTheGroupsShown() throws {
        let measurer = try ChartFixture.measurer()
        let bundled = try ChartFixture.bundled()
        let texts = try MapChart().layout(bundled, on: ChartCanvas(.widescreen), measurer: measurer).textRuns.map(\.text)
        #expect(texts.contains("广州奖") && texts.contains("罗斯可持续城市奖") && texts.contains("广州奖 + 罗斯可持续城市奖"))
        #expect(!texts.contains("未获奖"))

        var onlyGuangzhou = bundled
        onlyGuangzhou.cases = bundled.cases.filter { $0.awards == ["guangzhou-award"] }
        let drawing = try MapChart().layout(onlyGuangzhou, on: ChartCanvas(.widescreen), measurer: measurer)
        let shown = drawing.textRuns.map(\.text)
        #expect(shown.contains("广州奖") && !shown.contains("罗斯可持续城市奖"))
        #expect(Set(Self.markers(drawing).map(\.fill)).count == 1)
    }

    @Test func tooManyAwardCombinationsColourByRegion() throws {
        var report = ReportSynthesizer().report(cases: 40)
        report.awards = (1...4).map { Award(id: "a\($0)", name: LocalizedText(zh: "奖\($0)"), shortName: LocalizedText(zh: "奖\($0)")) }
        for index in report.cases.indices {
            report.cases[index].awards = (1...4).filter { (index >> ($0 - 1)) & 1 == 1 }.map { "a\($0)" }
        }
        let drawing = try MapChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let texts = drawing.textRuns.map(\.text)
        #expect(texts.contains { $0.contains("按地区着色") })
        #expect(texts.contains("南亚") || texts.contains("拉丁美洲"))
        #expect(!texts.contains("奖1"))
    }

    static func city(_ name: String, _ latitude: Double, _ longitude: Double, region: String = "某地区") -> Case {
        Case(
            id: name, city: LocalizedText(zh: name), country: LocalizedText(zh: "某国"), region: LocalizedText(zh: region),
            location: GeoPoint(latitude: latitude, longitude: longitude), practice: LocalizedText(zh: "实践"),
            awards: ["a"], sdgs: [SDGTag(goal: 11, role: .primary)], partnership: LocalizedText(zh: "伙伴关系")
        )
    }

    static func report(_ cases: [Case]) -> Report {
        Report(
            id: "edge", title: LocalizedText(zh: "边缘情形"),
            awards: [Award(id: "a", name: LocalizedText(zh: "某奖"), shortName: LocalizedText(zh: "某奖"))], cases: cases
        )
    }

    static let edgeCases: [String: [Case]] = [
        "one city": [city("孤城", 30, 100)],
        "antimeridian": [city("苏瓦", -18.1, 178.4), city("东端", 65, 180), city("西端", 65, -180), city("阿皮亚", -13.8, -171.8), city("日界线", 0, 179.999)],
        "poles": [city("北极点", 90, 0), city("南极点", -90, 0), city("朗伊尔城", 78.2, 15.6), city("麦克默多", -77.8, 166.7), city("北极圈", 89.9, -179.9)],
        "one place": (0..<12).map { city("同城\($0)", 10, 10) },
        "close pair": [city("甲城", 23.02, 72.57), city("乙城", 23.3, 72.9), city("丙城", 22.8, 73.1), city("丁城", 23.5, 72.2)],
    ]

    @Test(arguments: edgeCases.keys.sorted())
    func edgeCasesDrawCorrectly(_ name: String) throws {
        let report = Self.report(try #require(Self.edgeCases[name]))
        let measurer = try ChartFixture.measurer()
        for canvas in ChartFixture.canvases() {
            let drawing = try MapChart().layout(report, on: canvas, measurer: measurer)
            Self.expectLegible(drawing, report, canvas: canvas, "\(name) \(canvas.size.width)×\(canvas.size.height) \(canvas.theme)")
        }
    }

    @Test func citiesOnTheAntimeridianSitOnTheMapsEdges() throws {
        let report = Self.report(try #require(Self.edgeCases["antimeridian"]))
        let drawing = try MapChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        let markers = Self.markers(drawing)
        let east = markers[1].center.x
        let west = markers[2].center.x
        #expect(west < drawing.size.width * 0.25 && east > drawing.size.width * 0.75)
        #expect(markers[0].center.x > drawing.size.width * 0.75, "Suva, at 178°E, is at the right edge")
        #expect(markers[3].center.x < drawing.size.width * 0.25, "Apia, at 171°W, is at the left edge")
    }

    @Test func aCityNearAntarcticaBringsItOntoTheMap() throws {
        let measurer = try ChartFixture.measurer()
        let north = Self.report([Self.city("甲城", 40, 0)])
        let south = Self.report([Self.city("甲城", 40, 0), Self.city("麦克默多", -77.8, 166.7)])
        let withoutAntarctica = try MapChart().layout(north, on: ChartCanvas(.widescreen), measurer: measurer)
        let withAntarctica = try MapChart().layout(south, on: ChartCanvas(.widescreen), measurer: measurer)
        let scale = { (drawing: Drawing) in
            Self.markers(drawing)[0].center.y  // 40°N sits higher on a map that must fit the south pole too
        }
        #expect(scale(withAntarctica) < scale(withoutAntarctica))
    }

    @Test func closeCitiesGetLeaderLinesFromTheirMarkersToTheirLabels() throws {
        let report = Self.report(try #require(Self.edgeCases["close pair"]))
        let drawing = try MapChart().layout(report, on: ChartCanvas(.square), measurer: ChartFixture.measurer())
        let leaders = Self.leaders(drawing)
        #expect(!leaders.isEmpty)
        let markers = Self.markers(drawing)
        let plates = drawing.marks.compactMap { mark -> Rect? in if case .rect(let rect) = mark, rect.cornerRadius == 6 { rect.rect } else { nil } }
        for leader in leaders {
            #expect(markers.contains { abs(($0.center.x - leader.from.x).magnitude + ($0.center.y - leader.from.y).magnitude) < $0.radius * 2 + 6 })
            #expect(plates.contains { Self.distance(leader.to, $0) < 0.5 }, "a leader ends on a label")
        }
        let labelled = report.cases.filter { item in drawing.textRuns.contains { $0.text.hasPrefix(item.city.zh) } }
        #expect(labelled.count == report.cases.count, "four cities a few km apart are all named on a slide")
    }

    @Test func twoHundredCitiesSayHowManyAreUnlabelledOnTheChartAndInTheAltText() throws {
        let report = ReportSynthesizer().report(cases: 200)
        let measurer = try ChartFixture.measurer()
        let canvas = ChartCanvas(.widescreen)
        let drawing = try MapChart().layout(report, on: canvas, measurer: measurer)
        let note = try #require(drawing.textRuns.first { $0.text.hasSuffix("未标注名称") })
        let count = try #require(Int(note.text.dropFirst(1).prefix { $0.isNumber }))
        #expect(count > 0 && count < 200)
        let alt = MapChart().altText(report, on: canvas, measurer: measurer)
        #expect(alt.contains("其中\(count)个城市"))
        #expect(!MapChart().altText(try ChartFixture.bundled(), on: canvas, measurer: measurer).contains("未标注"))
    }

    @Test func altTextListsTheCitiesByRegion() throws {
        let report = try ChartFixture.bundled()
        let alt = MapChart().altText(report, on: ChartCanvas(.widescreen))
        #expect(alt.contains("南亚（2个）：奥里萨邦、艾哈迈达巴德"))
        #expect(alt.contains("撒哈拉以南非洲（3个）：开普敦、圣路易斯、达累斯萨拉姆"))
        #expect(alt.contains("拉丁美洲（2个）：基多、罗萨里奥"))
        #expect(alt.contains("欧洲（1个）：米兰"))
        let many = MapChart().altText(ReportSynthesizer().report(cases: 200), on: ChartCanvas(.widescreen))
        #expect(many.contains(/：[^；]+等\d+个；/), "long regions are cut short")
        #expect(many.count < 3_000)
    }

    @Test func englishUsesTheReportsEnglishTextsAndTheChartsOwnEnglishWords() throws {
        var report = try ChartFixture.bundled()
        report.cases[0].city.translations["en"] = "Odisha"
        report.cases[0].country.translations["en"] = "India"
        for index in report.cases.indices where report.cases[index].region.zh == "南亚" {
            report.cases[index].region.translations["en"] = "South Asia"
        }
        report.awards[0].shortName.translations["en"] = "Guangzhou Award"
        let measurer = try ChartFixture.measurer()
        for canvas in ChartFixture.canvases() {
            var english = canvas
            english.language = "en"
            let drawing = try MapChart().layout(report, on: english, measurer: measurer)
            Self.expectLegible(drawing, report, canvas: english, "en \(canvas.size.width) \(canvas.theme)")
            let texts = drawing.textRuns.map(\.text)
            #expect(texts.first == "Where the cases are")
            #expect(texts.contains("Odisha, India") || texts.contains("Odisha"))
            #expect(texts.contains("Guangzhou Award"))
        }
        let alt = MapChart().altText(report, on: ChartCanvas(.widescreen, language: "en"))
        #expect(alt.hasPrefix("World map (Equal Earth projection) marking the 8 case cities in 4 regions."))
        #expect(alt.contains("South Asia (2): Odisha, Ahmedabad"))
    }

    @Test func pdfMapLinksEveryCityToItsCase() throws {
        let report = try ChartFixture.bundled()
        let chart = MapChart(linkingCasesTo: { "case-\($0)" })
        let drawing = try chart.layout(report, on: ChartCanvas(size: Size(width: 1440, height: 900), theme: .transparent), measurer: ChartFixture.measurer())
        let links = drawing.marks.compactMap { mark -> LinkArea? in if case .link(let link) = mark { link } else { nil } }
        for (item, marker) in zip(report.cases, Self.markers(drawing)) {
            #expect(links.contains { $0.target == .destination("case-\(item.id)") && $0.rect.contains(marker.center) })
            // A screen reader hears the place each of its links goes to.
            let own = links.filter { $0.target == .destination("case-\(item.id)") }
            #expect(own.allSatisfy { $0.alternativeText?.contains(item.city.zh) == true && $0.alternativeText?.contains(item.country.zh) == true })
        }
        let plain = try MapChart().layout(report, on: ChartCanvas(.widescreen), measurer: ChartFixture.measurer())
        #expect(!plain.marks.contains { if case .link = $0 { true } else { false } })
    }

    @Test func aRegionOrAwardTheFontCannotDrawIsRefusedByName() throws {
        let measurer = try ChartFixture.measurer()
        var report = try ChartFixture.bundled()
        report.cases[2].region = LocalizedText(zh: "南美😀")
        #expect {
            _ = try MapChart().layout(report, on: ChartCanvas(.widescreen), measurer: measurer)
        } throws: { error in
            ((error as? ExportFailure)?.message ?? "").contains("cases[\(report.cases[2].id)].region")
        }
        report = try ChartFixture.bundled()
        report.awards[0].shortName = LocalizedText(zh: "奖😀")
        #expect {
            _ = try MapChart().layout(report, on: ChartCanvas(.widescreen), measurer: measurer)
        } throws: { error in
            ((error as? ExportFailure)?.message ?? "").contains("awards[\(report.awards[0].id)].shortName")
        }
    }

    @Test func sameReportSameDrawing() throws {
        let report = ReportSynthesizer().report(cases: 200)
        let measurer = try ChartFixture.measurer()
        let canvas = ChartCanvas(.standard, theme: .dark)
        #expect(try MapChart().layout(report, on: canvas, measurer: measurer) == MapChart().layout(report, on: canvas, measurer: measurer))
    }
}
