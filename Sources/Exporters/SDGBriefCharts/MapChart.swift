import SDGBriefCore
import SDGBriefGraphics

/// A world locator map: every case's city marked on Natural Earth's
/// countries in the Equal Earth projection, labelled with its name (and
/// country where there is room), coloured by award or region.
public struct MapChart: Chart {
    public let id = "map"

    /// Text sizes in px on a 1080 px high slide: the 36 px floor the charts
    /// are moving to, titles at 64.
    enum FontSize {
        static let title = 64.0
        static let text = 36.0
    }

    /// Names the PDF destination of a case by its id; when set, each city's
    /// marker and label link there.
    let caseDestination: (@Sendable (String) -> String)?

    /// A map for slides, whose markers link nowhere.
    public init() {
        caseDestination = nil
    }

    /// A map whose markers link to each case's page, for the PDF brief.
    public init(linkingCasesTo destination: @escaping @Sendable (String) -> String) {
        caseDestination = destination
    }

    public func hasData(_ report: Report, on canvas: ChartCanvas) -> Bool {
        !report.cases.isEmpty
    }

    public func layout(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) throws -> Drawing {
        let language = canvas.language
        var fields: [ChartGlyphCheck.Field] = [("title", report.title.text(in: language))]
        for item in report.cases {
            fields.append(("cases[\(item.id)].city", item.city.text(in: language)))
            fields.append(("cases[\(item.id)].country", item.country.text(in: language)))
            fields.append(("cases[\(item.id)].region", item.region.text(in: language)))
        }
        for award in report.awards {
            fields.append(("awards[\(award.id)].shortName", award.shortName.text(in: language)))
        }
        try ChartGlyphCheck.require(fields, measurer: measurer)
        return plan(report, on: canvas, measurer: measurer).drawing
    }

    public func altText(_ report: Report, on canvas: ChartCanvas) -> String {
        let words = MapWords(language: canvas.language)
        var regions: [String] = []
        var cities: [String: [String]] = [:]
        for item in report.cases {
            let region = item.region.text(in: canvas.language)
            if cities[region] == nil { regions.append(region) }
            cities[region, default: []].append(item.city.text(in: canvas.language))
        }
        let parts = regions.map { words.altRegion($0, cities: cities[$0] ?? []) }
        return words.altIntro(cities: report.cases.count, regions: regions.count)
            + parts.joined(separator: words.listSeparator) + words.sentenceEnd
    }

    /// The alt text with how many cities the map drawn on `canvas` leaves
    /// unlabelled, which only laying it out can tell.
    public func altText(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) -> String {
        let unlabelled = plan(report, on: canvas, measurer: measurer).unlabelled
        return altText(report, on: canvas) + (unlabelled > 0 ? MapWords(language: canvas.language).altUnlabelled(unlabelled) : "")
    }

    /// The drawing and how many cities it marks without a label.
    func plan(_ report: Report, on canvas: ChartCanvas, measurer: some TextMeasurer) -> (drawing: Drawing, unlabelled: Int) {
        let language = canvas.language
        let words = MapWords(language: language)
        let pen = ChartPen(measurer: measurer, palette: ChartPalette(canvas.theme))
        let colouring = MapColouring(report, words: words, language: language)
        let regionCount = Set(report.cases.map { $0.region.text(in: language) }).count
        let sourceWord = LocalizedText.isEnglish(language) ? "Source: " : "数据来源："
        var frame = ChartFrame(
            title: words.title,
            subtitle: words.subtitle(cities: report.cases.count, regions: regionCount, byRegion: colouring.byRegion),
            report: report, canvas: canvas, pen: pen,
            sizes: ChartFrame.TextSizes(title: FontSize.title, subtitle: FontSize.text, footer: FontSize.text),
            footer: sourceWord + report.title.text(in: language)
        )
        var legend = ChartLegend(items: colouring.groups.map { (.dot($0.colour), $0.label) })
        legend.textSize = FontSize.text
        let legendLayout = legend.layout(in: frame.plot, pen: pen)
        frame.append(contentsOf: legendLayout.marks)
        let legendArea = Rect(x: frame.plot.minX, y: frame.plot.minY, width: frame.plot.width, height: legendLayout.height)

        var map = mapMarks(report, in: frame.plot, below: legendArea, note: nil, canvas: canvas, pen: pen, colouring: colouring)
        if map.unlabelled > 0 {
            // Say so on the chart, on a line of its own above the map, then
            // place the labels again in the room that leaves.
            let noteStyle = pen.style(FontSize.text, color: pen.palette.secondaryText, maxWidth: frame.plot.width)
            let noteRun = pen.run(words.unlabelled(map.unlabelled), noteStyle, at: Point(x: frame.plot.minX, y: legendArea.maxY + 12))
            map = mapMarks(report, in: frame.plot, below: legendArea.union(noteRun.extent), note: noteRun, canvas: canvas, pen: pen, colouring: colouring)
            let finalNote = pen.run(words.unlabelled(map.unlabelled), noteStyle, at: noteRun.origin)
            frame.append(contentsOf: map.marks)
            if map.unlabelled > 0 { frame.append(finalNote) }
        } else {
            frame.append(contentsOf: map.marks)
        }
        return (frame.drawing, map.unlabelled)
    }

    /// The map under `top`: sea, graticule, land, markers and the labels that fit.
    private func mapMarks<M: TextMeasurer>(
        _ report: Report, in plot: Rect, below top: Rect, note: TextRun?, canvas: ChartCanvas, pen: ChartPen<M>, colouring: MapColouring
    ) -> (marks: [Mark], unlabelled: Int) {
        let language = canvas.language
        let words = MapWords(language: language)
        let colours = MapPalette(canvas.theme)
        let area = Rect(x: plot.minX, y: top.maxY + 20, width: plot.width, height: max(0, plot.maxY - top.maxY - 20))
        // Antarctica only when a city is near it.
        let southernmost = report.cases.map(\.location.latitude).min() ?? 0
        let viewport = MapViewport(fitting: area, southLimit: southernmost < -50 ? -90 : -58)

        var marks: [Mark] = [
            .path(PathMark(viewport.outline, fill: colours.sea)),
            .path(PathMark(viewport.graticule, stroke: Stroke(color: colours.graticule, width: 1.2))),
            .group(MarkGroup(clip: viewport.rect, marks: [
                .path(PathMark(viewport.land, fill: colours.land, stroke: Stroke(color: colours.border, width: 1.1))),
            ])),
            .path(PathMark(viewport.outline, stroke: Stroke(color: colours.outline, width: 1.6))),
        ]

        let radius = report.cases.count > 60 ? 7.0 : report.cases.count > 20 ? 9.0 : 12.0
        let markers = report.cases.map { item in
            MapLabelPlacer.Marker(center: viewport.point(latitude: item.location.latitude, longitude: item.location.longitude), radius: radius + 2)
        }
        let style = pen.style(FontSize.text, maxWidth: area.width * 0.45)
        let padding = 8.0
        let texts = report.cases.map { item in
            let city = item.city.text(in: language)
            return [words.place(city: city, country: item.country.text(in: language)), city]
        }
        // A name too long for its share of the width is shortened by the
        // chart at a safe place, never cut by the renderer.
        let fitted = texts.map { variants in variants.map { pen.fitted($0, style) } }
        let metrics = fitted.map { variants in variants.map(\.metrics) }
        let sizes = metrics.map { variants in
            variants.map { Size(width: $0.logical.width + 2 * padding, height: $0.logical.height) }
        }
        var placer = MapLabelPlacer(bounds: area, markers: markers, obstacles: [top])
        placer.reaches = report.cases.count > 40 ? [46] : report.cases.count > 12 ? [46, 96, 150] : [46, 96, 150, 220]
        let placements = placer.place(sizes)

        for placement in placements {
            guard let leader = placement?.leader else { continue }
            marks.append(.line(LineMark(from: leader.from, to: leader.to, stroke: Stroke(color: colours.leader, width: 2, cap: .round))))
        }
        for (index, marker) in markers.enumerated() {
            let colour = colouring.groups[colouring.groupOfCase[index]].colour
            marks.append(.circle(CircleMark(center: marker.center, radius: radius, fill: colour, stroke: Stroke(color: colours.markerEdge, width: 2.5))))
        }
        for (index, placement) in placements.enumerated() {
            guard let placement else { continue }
            let text = fitted[index][placement.variant].text
            let measured = metrics[index][placement.variant]
            marks.append(.rect(RectMark(placement.box, cornerRadius: 6, fill: colours.plate)))
            let origin = Point(
                x: placement.box.minX + padding - measured.logical.minX,
                y: placement.box.minY - measured.logical.minY
            )
            marks.append(.text(TextRun(text, style: style, origin: origin, metrics: measured)))
        }
        if let caseDestination {
            for (index, item) in report.cases.enumerated() {
                let target = LinkTarget.destination(caseDestination(item.id))
                let hit = max(markers[index].radius, 16)
                // Both the marker and its label say the place in full, as the label does where it fits.
                let place = texts[index][0]
                marks.append(.link(LinkArea(Rect(x: markers[index].center.x - hit, y: markers[index].center.y - hit, width: 2 * hit, height: 2 * hit), to: target, alternativeText: place)))
                if let placement = placements[index] { marks.append(.link(LinkArea(placement.box, to: target, alternativeText: place))) }
            }
        }
        return (marks, placements.filter { $0 == nil }.count)
    }
}
