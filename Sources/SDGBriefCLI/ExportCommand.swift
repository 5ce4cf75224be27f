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

    @Flag(name: .shortAndLong, help: "Do not list the files written.")
    var quiet = false

    func run() throws {
        try reportingErrors { () throws(CLIError) in
            let exporters = try ExporterRegistry().select(format)
            let exportOptions = try options.exportOptions()
            let source = ReportSource(input)
            let checks = exporters.contains { $0.drawsText } ? [try GlyphCoverageCheck.make()] : []
            let (report, bytes) = try source.loadWithBytes(checks: checks)
            // Every file is staged under a temporary name and renamed only
            // when all exporters succeeded, so a failing exporter leaves the
            // output directory as it was.
            var directory = OutputDirectory(path: output)
            try directory.prepare()
            let written = try StagedExport(exporters: exporters, report: report, options: exportOptions, source: source, quiet: quiet)
                .write(into: &directory, inputBytes: bytes)
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
}
