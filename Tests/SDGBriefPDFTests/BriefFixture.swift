import Foundation
import SDGBriefTestSupport
import SDGBriefCairo
import SDGBriefCore
import SDGBriefLoader
import SDGBriefPDF

/// Reports to lay out and the PDFs made of them, written where poppler and
/// qpdf can read them.
enum BriefFixture {
    static let fixedDate = Date(timeIntervalSince1970: 1_717_243_200) // 2024-06-01 12:00 UTC

    static func bundled() throws -> Report {
        try BundledReport.load()
    }

    /// A report of the user's size: the bundled cases repeated (or cut) to
    /// `count`, each with its own id and city name.
    static func report(caseCount count: Int) throws -> Report {
        var report = try bundled()
        let source = report.cases
        report.cases = (0 ..< count).map { index in
            var item = source[index % source.count]
            let round = index / source.count
            if round > 0 {
                item.id += "-\(round + 1)"
                item.city = LocalizedText(zh: item.city.zh + "\(round + 1)")
            }
            return item
        }
        return report
    }

    static func pdf(_ report: Report, options: ExportOptions = ExportOptions()) throws -> Data {
        let artifacts = try PDFExporter().export(report, options: options)
        return artifacts[0].contents
    }

    /// Writes `data` into a fresh directory; the caller removes the directory.
    static func write(_ data: Data) throws -> (directory: URL, path: String) {
        let directory = try ExternalTool.temporaryDirectory()
        let url = directory.appendingPathComponent("brief.pdf")
        try data.write(to: url)
        return (directory, url.path)
    }

    static func measurer() throws -> PangoTextMeasurer {
        PangoTextMeasurer(engine: try TextEngine())
    }

    static func layout(_ report: Report, paper: PaperSize = .a4) throws -> BriefDocument {
        let engine = try TextEngine()
        return BriefLayout(report: report, paper: paper, measurer: PangoTextMeasurer(engine: engine)).layout()
    }
}

extension BriefFixture {
    static let englishCities = ["Odisha", "Cape Town", "Quito", "Saint-Louis", "Rosario", "Milan", "Dar es Salaam", "Ahmedabad"]

    /// The paragraph every English narrative gets: long enough to fill several
    /// lines of the text block, with figures, names and a quotation.
    static let englishParagraph = """
        In 2015 the city council and its partners launched a programme that has since restored about 120 hectares of \
        wetland, brought clean water to over 312,369 people and cut emissions by up to 95% in the districts it reached. \
        Residents' associations, the municipal water company and two universities designed each phase together, and \
        the council now publishes the results every year so that other cities can learn from what worked and what did not.
        """

    /// `report(caseCount:)` with English beside every Chinese text, as a
    /// translated report has it: English names for the cities, a real
    /// paragraph for every narrative, short English phrases elsewhere.
    static func englishReport(caseCount count: Int) throws -> Report {
        var report = try self.report(caseCount: count)
        func english(_ text: inout LocalizedText, _ value: String) {
            text.translations["en"] = value
        }
        english(&report.title, "City Partnerships and the Sustainable Development Goals")
        if report.subtitle != nil { english(&report.subtitle!, "The future of innovation lies in cities") }
        if report.publisher != nil { english(&report.publisher!, "City Partnerships Network") }
        for index in report.awards.indices {
            english(&report.awards[index].name, "Award \(index + 1) for Urban Innovation")
            english(&report.awards[index].shortName, "Award \(index + 1)")
        }
        for index in report.introduction.indices { english(&report.introduction[index], englishParagraph) }
        for index in report.figures.indices { english(&report.figures[index].label, "Figure \(index + 1) of the report") }
        for (caseIndex, item) in report.cases.enumerated() {
            var item = item
            english(&item.city, englishCities[caseIndex % englishCities.count] + (caseIndex >= englishCities.count ? " \(caseIndex / englishCities.count + 1)" : ""))
            english(&item.country, "Country \(caseIndex + 1)")
            english(&item.region, "Region \(caseIndex % 3 + 1)")
            english(&item.practice, "Community-led renewal programme \(caseIndex + 1)")
            english(&item.partnership, "The city worked with residents, companies and universities to reach SDG \(item.primaryGoals.first ?? 11).")
            for index in item.narrative.indices { english(&item.narrative[index], englishParagraph) }
            for index in item.figures.indices { english(&item.figures[index].label, "Result \(index + 1)") }
            for index in item.milestones.indices { english(&item.milestones[index].event, "Phase \(index + 1) of the programme began") }
            for index in item.partners.indices { english(&item.partners[index].name, "Partner organisation \(index + 1)") }
            report.cases[caseIndex] = item
        }
        for index in report.conclusionsPreamble.indices { english(&report.conclusionsPreamble[index], englishParagraph) }
        for index in report.conclusions.indices {
            english(&report.conclusions[index].title, "Recommendation \(index + 1)")
            english(&report.conclusions[index].text, englishParagraph)
        }
        for index in report.closing.indices { english(&report.closing[index], englishParagraph) }
        return report
    }
}
