import PackagePlugin

/// Embeds `Assets/report.yaml` into the target as `bundledReportYAML`, so the
/// report travels inside the binary. Thin on purpose: the work is done by the
/// `embed-asset` tool.
@main
struct EmbedBundledReport: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let input = context.package.directoryURL
            .appending(path: "Assets").appending(path: "report.yaml")
        let output = context.pluginWorkDirectoryURL.appending(path: "BundledReportYAML.swift")
        return [
            .buildCommand(
                displayName: "Embedding the bundled report",
                executable: try context.tool(named: "embed-asset").url,
                arguments: [input.path(), output.path(), "bundledReportYAML"],
                inputFiles: [input],
                outputFiles: [output]
            )
        ]
    }
}
