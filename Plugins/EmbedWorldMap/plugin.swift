import PackagePlugin

/// Embeds `Assets/naturalearth/countries-110m.txt` into the target as
/// `naturalEarthCountries110m`, so the map chart's land travels inside the
/// binary. The work is done by the `embed-asset` tool, as for the report.
@main
struct EmbedWorldMap: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let input = context.package.directoryURL
            .appending(path: "Assets").appending(path: "naturalearth").appending(path: "countries-110m.txt")
        let output = context.pluginWorkDirectoryURL.appending(path: "NaturalEarthCountries110m.swift")
        return [
            .buildCommand(
                displayName: "Embedding the Natural Earth countries",
                executable: try context.tool(named: "embed-asset").url,
                arguments: [input.path(), output.path(), "naturalEarthCountries110m"],
                inputFiles: [input],
                outputFiles: [output]
            )
        ]
    }
}
