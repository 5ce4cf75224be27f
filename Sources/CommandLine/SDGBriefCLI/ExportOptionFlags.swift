import ArgumentParser
import Foundation
import SDGBriefCharts
import SDGBriefCore

/// The flags that tune exporters, shared by every command that renders.
struct ExportOptionFlags: ParsableArguments {
    @Option(help: "Language of the edition: zh or en (any case), a comma list such as zh,en for an edition of each in its own folder, or all for every language the report has throughout.")
    var language: String = "zh"

    @Option(help: "Width of the text brief in columns (Chinese characters count two).")
    var width: Int = 80

    @Option(help: "CSV encoding: excel (UTF-8 with BOM, CRLF) or plain (UTF-8, LF).", completion: .list(CSVProfile.allCases.map(\.rawValue)))
    var csvProfile: String = CSVProfile.excel.rawValue

    @Option(help: "Chart canvas: 16:9 (1920×1080), 4:3 (1440×1080) or 1:1 (1080×1080).", completion: .list(ChartSize.allCases.map(\.rawValue)))
    var size: String = ChartSize.widescreen.rawValue

    @Option(help: "Chart colours: light, dark or transparent.", completion: .list(ChartTheme.allCases.map(\.rawValue)))
    var theme: String = ChartTheme.light.rawValue

    @Option(help: "Device pixels per chart pixel in PNG output (1 to 4).")
    var scale: Double = 2

    @Option(help: "Charts to draw; repeatable, or a comma list. Default: all (see `sdgbrief charts`).", completion: .list(ChartCatalog.ids))
    var chart: [String] = []

    @Option(help: "The figure id the population chart compares instead of population.")
    var metric: String?

    @Option(help: "PDF paper: a4 or letter.", completion: .list(PaperSize.allCases.map(\.rawValue)))
    var paper: String = PaperSize.a4.rawValue

    func exportOptions() throws(CLIError) -> ExportOptions {
        guard (20...1000).contains(width) else {
            throw .usage("--width must be between 20 and 1000, not \(width)")
        }
        guard (1...4).contains(scale) else {
            throw .usage("--scale must be between 1 and 4, not \(scale)")
        }
        // Checked here, before any report is read or rendered, so a typo costs nothing.
        let charts: [String]
        do {
            charts = try ChartPlan.requestedIDs(chart)
        } catch {
            throw .usage(error.message)
        }
        let selection = try languageSelection()
        return ExportOptions(
            date: try SourceDateEpoch.date(),
            language: { if case .tags(let tags) = selection, tags.count == 1 { tags[0] } else { LocalizedText.sourceLanguage } }(),
            textWidth: width,
            csvProfile: try choice(csvProfile, flag: "--csv-profile"),
            chartSize: try choice(size, flag: "--size"),
            chartTheme: try choice(theme, flag: "--theme"),
            pngScale: scale,
            charts: charts,
            chartMetric: metric,
            paper: try choice(paper, flag: "--paper")
        )
    }

    /// The editions `--language` asks for.
    func languageSelection() throws(CLIError) -> LanguageSelection {
        try LanguageSelection(parsing: language)
    }

    private func choice<T: RawRepresentable<String> & CaseIterable>(_ value: String, flag: String) throws(CLIError) -> T {
        if let parsed = T(rawValue: value.lowercased()) { return parsed }
        let expected = T.allCases.map(\.rawValue).joined(separator: ", ")
        throw .usage("unknown \(flag) \"\(value)\" (expected one of: \(expected))")
    }
}
