import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory export-brief [options]`:
/// builds sdgbrief and exports into the package's Output/ folder. Every
/// argument goes to `sdgbrief export` unchanged, so the options are the tool's
/// own (`--format`, `--input`, `--plugin-dir`, …); only `--output` has a
/// default here, because the package directory is where the user stands.
@main
struct ExportBrief: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "sdgbrief")
        let package = context.package.directoryURL
        let givesOutput = arguments.contains { $0 == "-o" || $0 == "--output" || $0.hasPrefix("--output=") || $0.hasPrefix("-o=") }
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["export"] + arguments + (givesOutput ? [] : ["--output", package.appendingPathComponent("Output").path])
        // Relative paths the user gives (--input, --plugin-dir) mean the package's.
        process.currentDirectoryURL = package
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            // sdgbrief has already said why on standard error.
            Diagnostics.error("sdgbrief export failed with status \(process.terminationStatus)")
            exit(process.terminationStatus == 0 ? 70 : process.terminationStatus)
        }
    }
}
