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

    @Test func aDirectoryNamedTwiceIsSearchedWhereItFirstAppears() throws {
        let a = try directory("a", files: ["sdgbrief-export-html": 0o755])
        let b = try directory("b", files: ["sdgbrief-export-html": 0o755, "sdgbrief-export-odt": 0o755])
        let search = try PluginSearch(pluginDirectories: [], reportInput: pluginReportInput, environment: ["PATH": "\(a):\(b):relative:\(a)"])
        #expect(search.directories == [a, b])
        let found = search.find()
        #expect(found.exporters.map(\.executable.path) == ["\(a)/sdgbrief-export-html", "\(b)/sdgbrief-export-odt"])

        let later = try PluginSearch(pluginDirectories: [b], reportInput: pluginReportInput, environment: ["PATH": "\(a):\(b)", "SDGBRIEF_PLUGIN_PATH": a])
        #expect(later.directories == [b, a])
        #expect(later.find().exporters.map(\.executable.path) == ["\(b)/sdgbrief-export-html", "\(b)/sdgbrief-export-odt"])
    }

    /// `/bin` and `/usr/bin` are one directory on a merged-`/usr` system:
    /// listed once, under the path that comes first.
    @Test func aDirectoryReachedByTwoPathsIsListedOnce() throws {
        let real = try directory("real", files: ["sdgbrief-export-Shout": 0o755, "sdgbrief-export-fine": 0o755])
        let link = root.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let found = try PluginSearch(pluginDirectories: [], reportInput: pluginReportInput, environment: ["PATH": "\(link):\(real)"]).find()
        #expect(found.exporters.map(\.executable.path) == ["\(link)/sdgbrief-export-fine"])
        #expect(found.ignoredFiles.count == 1)
        #expect(found.ignoredFiles.first?.hasPrefix("\(link)/sdgbrief-export-Shout is not used") == true, "\(found.ignoredFiles)")
    }

    @Test func filesThatCannotBeUsedAreEachNamedOnceWithWhy() throws {
        let plugins = try directory("plugins", files: [
            "sdgbrief-export-Shout": 0o755, "sdgbrief-export-lazy": 0o644, "sdgbrief-export-fine": 0o755, "unrelated": 0o755,
        ])
        let search = try PluginSearch(pluginDirectories: [plugins], reportInput: pluginReportInput, environment: ["PATH": plugins])
        let found = search.find(arguments: ["--x"], timeout: 5)
        #expect(found.exporters.map(\.name) == ["fine"])
        #expect(found.exporters.first?.arguments == ["--x"])
        #expect(found.exporters.first?.timeout == 5)
        #expect(found.ignoredFiles == [
            "\(plugins)/sdgbrief-export-Shout is not used: a format name has only lowercase letters, digits, '-' and '_' (rename it sdgbrief-export-shout)",
            "\(plugins)/sdgbrief-export-lazy is not used: it is not executable (chmod +x \(plugins)/sdgbrief-export-lazy)",
        ])
    }

    @Test func aPluginDirectoryThatIsNotADirectoryIsRefused() throws {
        let file = root.appendingPathComponent("file")
        try Data().write(to: file)
        #expect(throws: ExportError.self) { try PluginSearch.checkDirectories([root.appendingPathComponent("nowhere").path]) }
        #expect(throws: ExportError.self) { try PluginSearch.checkDirectories([file.path]) }
        #expect(throws: Never.self) { try PluginSearch.checkDirectories([root.path]) }
    }
}
