import Foundation
import Testing

@testable import SDGBriefCLI
@testable import SDGBriefEngine

/// The search for external exporters on its own: the order it looks in, what
/// it finds and what it says it will not use, each said once.
@Suite struct PluginSearchTests {
    let root: URL

    init() throws {
        root = try SDGBriefBinary.temporaryDirectory()
    }

    func directory(_ name: String, files: [String: Int]) throws -> String {
        let folder = root.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (file, mode) in files {
            let url = folder.appendingPathComponent(file)
            try "#!/bin/sh\nexit 0\n".write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        }
        return folder.path
    }

    @Test func aDirectoryNamedTwiceIsSearchedOnceWhereItFirstAppears() throws {
        let given = try directory("given", files: ["sdgbrief-export-html": 0o755])
        let other = try directory("other", files: ["sdgbrief-export-html": 0o755, "sdgbrief-export-odt": 0o755])
        let search = try PluginSearch(
            pluginDirectories: [given], reportInput: pluginReportInput,
            environment: ["PATH": "\(other):\(given):relative:\(other)", "SDGBRIEF_PLUGIN_PATH": other])
        #expect(search.directories == [given, other])
        let found = search.find()
        #expect(found.exporters.map(\.name) == ["html", "odt"])
        #expect(found.exporters.map(\.executable.path) == ["\(given)/sdgbrief-export-html", "\(other)/sdgbrief-export-odt"])
        #expect(found.ignoredFiles.isEmpty)
    }

    @Test func filesThatCannotBeUsedAreEachNamedOnceWithWhy() throws {
        let plugins = try directory("plugins", files: [
            "sdgbrief-export-Shout": 0o755, "sdgbrief-export-lazy": 0o644, "sdgbrief-export-fine": 0o755, "unrelated": 0o755,
        ])
        let search = try PluginSearch(pluginDirectories: [plugins], reportInput: pluginReportInput, environment: ["PATH": plugins])
        let found = search.find(arguments: ["--x"], timeout: 5)
        #expect(found.exporters.map(\.name) == ["fine"])
        #expect(found.ignoredFiles == [
            "\(plugins)/sdgbrief-export-Shout is not used: a format name has only lowercase letters, digits, '-' and '_' (rename it sdgbrief-export-shout)",
            "\(plugins)/sdgbrief-export-lazy is not used: it is not executable (chmod +x \(plugins)/sdgbrief-export-lazy)",
        ])
    }

    @Test func aMissingPluginDirectoryIsRefusedWithoutASearch() {
        #expect(throws: ExportError.self) { try PluginSearch.checkExist([root.appendingPathComponent("nowhere").path]) }
        #expect(throws: Never.self) { try PluginSearch.checkExist([root.path]) }
    }
}
