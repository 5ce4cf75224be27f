import ArgumentParser
import Foundation
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

    @Option(name: .shortAndLong, help: "A report file (YAML or JSON). Default: the bundled report.")
    var input: String?

    @Option(name: .shortAndLong, help: "Formats to write; repeatable, or a comma list. Default: all (see `sdgbrief formats`).")
    var format: [String] = []

    @Option(name: .shortAndLong, help: "The output directory; created if missing (its parent must exist).")
    var output: String = "Output"

    @OptionGroup var options: ExportOptionFlags

    @OptionGroup(title: "External exporters") var plugins: PluginOptions

    @Flag(name: .shortAndLong, help: "Do not list the files written.")
    var quiet = false

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            let exporters = try ExporterRegistry(external: try plugins.externalExporters()).select(format)
            var exportOptions = try options.exportOptions()
            exportOptions.formats = exporters.map(\.name)
            let source = ReportSource(input)
            let checks = exporters.contains { $0.drawsText } ? [try GlyphCoverageCheck.make()] : []
            let (report, bytes) = try source.loadWithBytes(checks: checks)
            try ChartMetricOption.validate(exportOptions.chartMetric, in: report)
            // Everything is rendered before anything is written, so a failing
            // exporter leaves the output directory as it was.
            var artifacts: [Artifact] = []
            for exporter in exporters {
                artifacts += try run(exporter, on: report, options: exportOptions)
            }
            artifacts = try Self.mergingIdentical(artifacts)
            let manifest = Manifest(inputName: source.name, inputBytes: bytes, artifacts: artifacts)
            var directory = OutputDirectory(path: output)
            try directory.prepare()
            let written = try directory.write(artifacts + [manifest.artifact()])
            if !quiet {
                let prefix = output.hasSuffix("/") ? output : output + "/"
                for path in written { print(prefix + path) }
            }
        }
    }

    /// The SVG and PNG exporters each write a chart's alt text so that either
    /// alone provides it; the same path with the same bytes is one file. The
    /// same path with different bytes is a bug, never silently resolved.
    static func mergingIdentical(_ artifacts: [Artifact]) throws(CLIError) -> [Artifact] {
        var seen: [String: Data] = [:]
        var merged: [Artifact] = []
        for artifact in artifacts {
            if let earlier = seen[artifact.path] {
                guard earlier == artifact.contents else {
                    throw .software("two exporters wrote different contents to \(artifact.path)")
                }
                continue
            }
            seen[artifact.path] = artifact.contents
            merged.append(artifact)
        }
        return merged
    }

    private func run(_ exporter: any Exporter, on report: Report, options: ExportOptions) throws(CLIError) -> [Artifact] {
        do {
            return try exporter.export(report, options: options)
        } catch let failure as PluginFailure {
            throw .plugin(failure.lines)
        } catch let failure as ExportFailure {
            switch failure.kind {
            case .unusableInput: throw .invalidInput(["\(ReportSource(input).name): \(failure.message)"])
            case .unavailable: throw .unavailable("\(exporter.name): \(failure.message)")
            case .invalidOption: throw .usage(failure.message)
            }
        } catch {
            throw .software("\(exporter.name) exporter failed: \(error)")
        }
    }
}
