import Foundation
import SDGBriefChartExport
import SDGBriefCharts
import SDGBriefCore
import SDGBriefLoader
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SVGChartExporterTests {
    static func artifacts(_ report: Report, _ options: ExportOptions) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try SVGChartExporter().export(report, options: options).map { ($0.path, $0.contents) })
    }

    @Test(arguments: ChartSize.allCases)
    func writesWellFormedSVGSizedInPixelsWithTitleAndDescription(_ size: ChartSize) throws {
        let report = try BundledReport.load()
        let files = try Self.artifacts(report, ExportOptions(chartSize: size))
        #expect(files.count == 2 * ChartCatalog.all.count)
        for chart in ChartCatalog.all {
            let svg = try #require(files["charts/\(chart.id).svg"])
            let document = try XMLDocument(data: svg)
            let root = try #require(document.rootElement())
            #expect(root.name == "svg")
            let reader = try #require(SVGRootReader.read(svg), "well-formed")
            #expect(reader.rootAttributes["width"] == "\(Int(size.width))px")
            #expect(reader.rootAttributes["height"] == "\(Int(size.height))px")
            #expect(reader.rootChildren.prefix(2) == ["title", "desc"])
            let children = root.children?.compactMap { $0 as? XMLElement } ?? []
            #expect(children.first?.name == "title")
            #expect(children.dropFirst().first?.name == "desc")
            #expect(children.first?.stringValue?.hasPrefix(chart.title) == true)
            let alt = try #require(files["charts/\(chart.id).alt.txt"])
            #expect(children.dropFirst().first?.stringValue == chart.altText(report, on: ChartCanvas(size)))
            #expect(String(decoding: alt, as: UTF8.self) == chart.altText(report, on: ChartCanvas(size)) + "\n")
        }
    }

    @Test func escapesMarkupInTheDataItDescribes() throws {
        var report = try BundledReport.load()
        report.cases[0].city = LocalizedText(zh: "<b>&amp;\"'城")
        let files = try Self.artifacts(report, ExportOptions(charts: ["sdg-matrix"]))
        let svg = try #require(files["charts/sdg-matrix.svg"])
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("&lt;b&gt;&amp;amp;&quot;&apos;城"))
        #expect(!text.contains("<b>"))
        let document = try XMLDocument(data: svg)
        let desc = try #require(document.rootElement()?.elements(forName: "desc").first?.stringValue)
        #expect(desc.contains("<b>&amp;\"'城"))
    }

    @Test func sameBytesOnASecondExportAndInAnyRequestOrder() throws {
        let report = try BundledReport.load()
        let first = try Self.artifacts(report, ExportOptions(chartTheme: .dark, charts: ["timeline", "awards", "sdg-coverage"]))
        // Other charts drawn in between must not change the bytes.
        _ = try Self.artifacts(report, ExportOptions(charts: ["partners"]))
        let second = try Self.artifacts(report, ExportOptions(chartTheme: .dark, charts: ["sdg-coverage", "timeline", "awards", "awards"]))
        #expect(first == second)
        #expect(first.keys.sorted() == ["charts/awards.alt.txt", "charts/awards.svg", "charts/sdg-coverage.alt.txt", "charts/sdg-coverage.svg", "charts/timeline.alt.txt", "charts/timeline.svg"])
    }

    /// The files written are the plan's, where the plan puts them: a chart
    /// the report leaves empty has none, and no other file appears.
    @Test func writesExactlyTheFilesOfThePlan() throws {
        var report = try BundledReport.load()
        for index in report.cases.indices { report.cases[index].milestones = [] }
        let plan = try ChartPlan(report, options: ExportOptions())
        let files = try Self.artifacts(report, ExportOptions())
        #expect(!plan.ids.contains("timeline") && !plan.ids.isEmpty)
        #expect(Set(files.keys) == Set(plan.charts.flatMap { [plan.path(of: $0, .svg), plan.path(of: $0, .altText)] }))
    }

    @Test func anUnknownChartIsRefusedListingTheKnownOnes() throws {
        let report = try BundledReport.load()
        #expect {
            _ = try SVGChartExporter().export(report, options: ExportOptions(charts: ["pie"]))
        } throws: { error in
            let message = (error as? ExportFailure)?.message ?? ""
            return message.contains("pie") && ChartCatalog.all.allSatisfy { message.contains($0.id) }
        }
    }

    @Test func aCharacterTheFontLacksFailsTheExportNamingIt() throws {
        var report = try BundledReport.load()
        report.cases[2].city = LocalizedText(zh: "😀市")
        #expect {
            _ = try SVGChartExporter().export(report, options: ExportOptions(charts: ["awards"]))
        } throws: { error in
            let failure = error as? ExportFailure
            return failure?.kind == .unusableInput && failure?.message.contains("cases[\(report.cases[2].id)].city") == true
                && failure?.message.contains("U+1F600") == true
        }
    }
}
