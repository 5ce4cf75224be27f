import ArgumentParser
import Foundation
import SDGBriefCharts
import SDGBriefCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the report into the output directory.",
        discussion: """
            Every format is written unless --format names some. Files are written \
            whole or not at all; an invalid report writes nothing.
            """
    )

    @Option(name: .shortAndLong, help: "A report file (YAML or JSON). Default: the bundled report.", completion: .file(extensions: ReportSource.fileExtensions))
    var input: String?

    // Completion lists the built-in formats; external ones depend on --plugin-dir.
    @Option(name: .shortAndLong, help: "Formats to write; repeatable, or a comma list. Default: all (see `sdgbrief formats`).",
            completion: .list(ExporterRegistry().names))
    var format: [String] = []

    @Option(name: .shortAndLong, help: "The output directory; created if missing (its parent must exist).", completion: .directory)
    var output: String = "Output"

    @OptionGroup var options: ExportOptionFlags

    @OptionGroup(title: "External exporters") var plugins: PluginOptions

    @Flag(name: .shortAndLong, help: "Do not list the files written.")
    var quiet = false

    func run() throws {
        ProcessMemory.keepLargeBlocksMapped()
        try reportingErrors { () throws(CLIError) in
            let selected = try ExporterRegistry(external: try plugins.externalExporters(for: format)).select(format)
            var exportOptions = try options.exportOptions()
            exportOptions.formats = selected.map(\.name)
            let selection = try options.languageSelection()
            let source = ReportSource(input)
            var checks = [Preflight.check(selected, options: exportOptions)]
            if let coverage = selection.coverageCheck { checks.append(coverage) }
            // Only the digest of the report file stays for the manifest, not
            // its bytes (50 MB at 10,000 cases) while the exporters run.
            let report: Report
            let inputDigest: String
            do {
                let loaded = try source.loadWithBytes(checks: checks)
                report = loaded.report
                inputDigest = Manifest.digest(loaded.bytes)
            }
            // The charts' options are checked whatever the formats, so that
            // a mistake is the same mistake in every export; the user hears of
            // charts left out when a format that shows every chart runs. With
            // neither, no chart is looked at: a text export stays quick.
            let notes = !quiet && selected.contains { $0 is any ChartPlanDrawing }
            if notes || !exportOptions.charts.isEmpty || exportOptions.chartMetric != nil {
                let charts = try ChartPlan.checked(report, options: exportOptions)
                if notes, let note = charts.leftOutNote { StandardError.write(note) }
            }
            // One edition is written at the top of the output directory; several
            // each into a folder named after its language, under one manifest.
            let languages = selection.languages(for: report)
            let exporters: [any Exporter]
            if languages.count == 1 {
                exportOptions.language = languages[0]
                exporters = selected
            } else {
                exporters = languages.flatMap { language in selected.map { EditionExporter(inner: $0, language: language) } }
            }
            // Every file is staged under a temporary name and renamed only
            // when all exporters succeeded, so a failing exporter leaves the
            // output directory as it was.
            var directory = OutputDirectory(path: output)
            try directory.prepare(onWait: {
                StandardError.write("waiting for another export into \(output) to finish…")
            })
            let written = try StagedExport(exporters: exporters, report: report, options: exportOptions, source: source, quiet: quiet)
                .write(into: &directory, inputDigest: inputDigest)
            if !quiet {
                let prefix = output.hasSuffix("/") ? output : output + "/"
                for path in written { print(prefix + path) }
            }
        }
    }
}
