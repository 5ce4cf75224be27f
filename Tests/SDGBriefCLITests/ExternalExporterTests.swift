import Foundation
import Testing

/// External exporters run through sdgbrief as a user runs them: the example
/// HTML plugin, a plugin that checks the contract it is given, and plugins
/// that break it in each way sdgbrief must survive.
@Suite struct ExternalExporterTests {
    let directory: URL
    let plugins: URL

    init() throws {
        directory = try SDGBriefBinary.temporaryDirectory()
        plugins = directory.appendingPathComponent("plugins")
        try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
    }

    /// Writes `sdgbrief-export-<name>` as an executable shell script.
    func plugin(_ name: String, _ body: String) throws {
        let url = plugins.appendingPathComponent("sdgbrief-export-\(name)")
        try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    func export(_ format: String, _ extra: [String] = [], environment: [String: String] = [:]) throws -> SDGBriefBinary.Result {
        try SDGBriefBinary.run(["export", "--plugin-dir", plugins.path, "-f", format, "-o", "out"] + extra, in: directory, environment: environment)
    }

    /// Every failure: the plugin named, its own words shown, a status that says
    /// a plugin failed, and the output directory exactly as it was.
    func expectFailure(_ result: SDGBriefBinary.Result, name: String, reason: String, said: String?, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 76, "\(result.standardError)", sourceLocation: sourceLocation)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("external exporter \(name) (\(plugins.path)/sdgbrief-export-\(name)) failed: ") == true, "\(lines)", sourceLocation: sourceLocation)
        #expect(lines.first?.contains(reason) == true, "\(lines)", sourceLocation: sourceLocation)
        if let said { #expect(lines.contains("\(name): \(said)"), "\(lines)", sourceLocation: sourceLocation) }
        #expect(SDGBriefBinary.files(in: directory.appendingPathComponent("out")) == ["keep.txt"], sourceLocation: sourceLocation)
        #expect(try! String(contentsOf: directory.appendingPathComponent("out/keep.txt"), encoding: .utf8) == "earlier", sourceLocation: sourceLocation)
    }

    func prepareOutput() throws {
        let output = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("earlier".utf8).write(to: output.appendingPathComponent("keep.txt"))
    }

    // MARK: - The example

    @Test func theExampleHTMLPluginWritesAOnePager() throws {
        let examples = SDGBriefBinary.packageRoot.appendingPathComponent("Plugins/external").path
        let result = try SDGBriefBinary.run(["export", "--plugin-dir", examples, "-f", "html,json", "-o", "out"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let output = directory.appendingPathComponent("out")
        #expect(SDGBriefBinary.files(in: output) == ["city-partnerships-sdgs.html", "city-partnerships-sdgs.json", "manifest.json"])
        let page = try String(contentsOf: output.appendingPathComponent("city-partnerships-sdgs.html"), encoding: .utf8)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("city-partnerships-sdgs.json"))) as! [String: Any]
        let cases = report["cases"] as! [[String: Any]]
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<h1>城市伙伴关系与可持续发展目标</h1>"))
        #expect(page.components(separatedBy: "<section class=\"case\"").count - 1 == cases.count)
        for item in cases { #expect(page.contains("id=\"\(item["id"] as! String)\"")) }
        #expect(page.contains("style=\"background:#E5243B\""), "SDG 1 in its colour")
        let manifest = try String(contentsOf: output.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"path\" : \"city-partnerships-sdgs.html\""))
        #expect(try SDGBriefBinary.run(["verify", "out"], in: directory).status == 0)
    }

    @Test func theExampleHTMLPluginEscapesTheReportsText() throws {
        let examples = SDGBriefBinary.packageRoot.appendingPathComponent("Plugins/external").path
        let fixture = try String(contentsOfFile: SDGBriefBinary.fixture("valid-two-cases.yaml"), encoding: .utf8)
        let hostile = try #require(fixture.range(of: "city: {zh: 港城, en: Harbour City}"))
        try fixture.replacingCharacters(in: hostile, with: "city: {zh: \"<script>alert(1)</script> & <b>\"}")
            .write(to: directory.appendingPathComponent("hostile.yaml"), atomically: true, encoding: .utf8)
        let result = try SDGBriefBinary.run(["export", "--plugin-dir", examples, "-f", "html", "-i", "hostile.yaml", "-o", "out"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        let page = try String(contentsOf: directory.appendingPathComponent("out").appendingPathComponent(
            SDGBriefBinary.files(in: directory.appendingPathComponent("out")).first { $0.hasSuffix(".html") } ?? ""), encoding: .utf8)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;"))
        #expect(!page.contains("<script>") && !page.contains("<b>"))
    }

    // MARK: - The contract

    @Test func aPluginGetsTheReportOptionsAndAFreshDirectory() throws {
        try plugin("probe", """
            cat > "$SDGBRIEF_OUTPUT_DIR/input.json"
            env | sort > "$SDGBRIEF_OUTPUT_DIR/env.txt"
            pwd > "$SDGBRIEF_OUTPUT_DIR/pwd.txt"
            echo "$@" > "$SDGBRIEF_OUTPUT_DIR/args.txt"
            mkdir "$SDGBRIEF_OUTPUT_DIR/sub" && echo deep > "$SDGBRIEF_OUTPUT_DIR/sub/deep.txt"
            echo "noise on standard output"
            """)
        let result = try export("probe,json", ["--width", "40", "--plugin-arg=--flavour", "--plugin-arg", "tart"],
                                environment: ["SOURCE_DATE_EPOCH": "1700000000", "SECRET_TOKEN": "hunter2"])
        #expect(result.status == 0, "\(result.standardError)")
        let output = directory.appendingPathComponent("out")
        #expect(SDGBriefBinary.files(in: output) == [
            "args.txt", "city-partnerships-sdgs.json", "env.txt", "input.json", "manifest.json", "pwd.txt", "sub/deep.txt",
        ])
        let read = { (name: String) in try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8) }
        #expect(try read("input.json") == read("city-partnerships-sdgs.json"), "standard input is what --format json writes")
        let environment = try read("env.txt").split(separator: "\n")
        for expected in [
            "SDGBRIEF_PLUGIN_API=1", "SDGBRIEF_FORMAT=probe", "SDGBRIEF_FORMATS=json,probe", "SDGBRIEF_LANGUAGE=zh",
            "SOURCE_DATE_EPOCH=1700000000", "SDGBRIEF_OPTION_WIDTH=40", "SDGBRIEF_OPTION_CSV_PROFILE=excel",
        ] {
            #expect(environment.contains(Substring(expected)), "missing \(expected)")
        }
        #expect(!environment.contains { $0.hasPrefix("SECRET_TOKEN") }, "the user's other variables stay with the user")
        let outputDirectory = try #require(environment.first { $0.hasPrefix("SDGBRIEF_OUTPUT_DIR=") }).dropFirst("SDGBRIEF_OUTPUT_DIR=".count)
        let workingDirectory = try read("pwd.txt").trimmingCharacters(in: .newlines)
        #expect(workingDirectory != String(outputDirectory) && workingDirectory != directory.path)
        #expect(!FileManager.default.fileExists(atPath: String(outputDirectory)), "the plugin's directory is removed afterwards")
        #expect(try read("args.txt") == "--flavour tart\n")
        #expect(try read("sub/deep.txt") == "deep\n")
    }

    @Test func formatsListsExternalExportersAndNotesTheOnesABuiltInHides() throws {
        try plugin("html", "exit 0")
        try plugin("csv", "exit 0")
        try plugin("Bad.Name", "exit 0")
        let result = try SDGBriefBinary.run(["formats", "--plugin-dir", plugins.path], in: directory)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("html") && $0.hasSuffix("(external: \(plugins.path)/sdgbrief-export-html)") })
        #expect(lines.filter { $0.hasPrefix("csv ") }.count == 1)
        #expect(!result.standardOutput.contains("Bad.Name"))
        #expect(result.standardError.contains("\(plugins.path)/sdgbrief-export-csv is not used: the built-in format csv has its name"))
    }

    @Test func theSearchPathVariableAndPATHFindPluginsAndADirectoryGivenFirstWins() throws {
        let other = directory.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try plugin("first", "echo from-plugin-dir > \"$SDGBRIEF_OUTPUT_DIR/which.txt\"")
        try ("#!/bin/sh\necho from-path > \"$SDGBRIEF_OUTPUT_DIR/which.txt\"\n").write(
            to: other.appendingPathComponent("sdgbrief-export-first"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: other.appendingPathComponent("sdgbrief-export-first").path)
        let path = other.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let listed = try SDGBriefBinary.run(["formats"], in: directory, environment: ["SDGBRIEF_PLUGIN_PATH": other.path])
        #expect(listed.standardOutput.contains("(external: \(other.path)/sdgbrief-export-first)"))
        #expect(try SDGBriefBinary.run(["export", "-f", "first", "-o", "a"], in: directory, environment: ["PATH": path]).status == 0)
        #expect(try export("first", [], environment: ["PATH": path]).status == 0)
        #expect(try String(contentsOf: directory.appendingPathComponent("a/which.txt"), encoding: .utf8) == "from-path\n")
        #expect(try String(contentsOf: directory.appendingPathComponent("out/which.txt"), encoding: .utf8) == "from-plugin-dir\n")
    }

    @Test func aMissingPluginDirectoryIsAUsageError() throws {
        let result = try SDGBriefBinary.run(["export", "--plugin-dir", "nowhere", "-f", "json"], in: directory)
        #expect(result.status == 64)
        #expect(result.standardError.contains("--plugin-dir nowhere is not a directory"))
    }

    // MARK: - Broken plugins

    @Test func aPluginThatFailsIsReportedWithWhatItSaid() throws {
        try prepareOutput()
        try plugin("failing", "echo 'partial' > \"$SDGBRIEF_OUTPUT_DIR/half.txt\"\necho 'pandoc: command not found' >&2\nexit 3")
        expectFailure(try export("failing,json"), name: "failing", reason: "exited with status 3", said: "pandoc: command not found")
    }

    @Test func aPluginThatHangsIsStoppedWithEverythingItStarted() throws {
        try prepareOutput()
        let marker = directory.appendingPathComponent("survivor")
        try plugin("slow", "echo 'thinking' >&2\n(sleep 3; touch '\(marker.path)') &\nsleep 30")
        let started = Date()
        expectFailure(try export("slow", ["--plugin-timeout", "1"]), name: "slow", reason: "ran longer than 1 s (--plugin-timeout)", said: "thinking")
        #expect(Date().timeIntervalSince(started) < 10)
        Thread.sleep(forTimeInterval: 3.5)
        #expect(!FileManager.default.fileExists(atPath: marker.path), "the plugin's background process was killed with it")
    }

    @Test func aPluginThatLinksOutOfItsDirectoryIsRefused() throws {
        try prepareOutput()
        try plugin("escape", "ln -s /etc/passwd \"$SDGBRIEF_OUTPUT_DIR/passwd.txt\"\necho 'linked' >&2")
        expectFailure(try export("escape"), name: "escape", reason: "a symbolic link, passwd.txt -> /etc/passwd", said: "linked")
    }

    @Test func aPluginThatFloodsItsOutputIsStopped() throws {
        try prepareOutput()
        try plugin("flood", "echo 'here it comes' >&2\nhead -c 10000000 /dev/zero\necho done > \"$SDGBRIEF_OUTPUT_DIR/x.txt\"")
        let started = Date()
        expectFailure(try export("flood"), name: "flood", reason: "more than 1 MiB to standard output", said: "here it comes")
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aPluginThatFloodsStandardErrorIsShownOnlyInPart() throws {
        try prepareOutput()
        try plugin("shouting", "yes 'AAAA' | head -c 3000000 >&2")
        let result = try export("shouting")
        expectFailure(result, name: "shouting", reason: "more than 1 MiB to standard error", said: "AAAA")
        #expect(result.standardError.utf8.count < 8192)
        #expect(result.standardError.contains("shouting: … (standard error truncated)"))
    }

    @Test func aPluginThatWritesAReservedNameOrNothingIsRefused() throws {
        try prepareOutput()
        try plugin("manifest", "echo '{}' > \"$SDGBRIEF_OUTPUT_DIR/manifest.json\"")
        expectFailure(try export("manifest"), name: "manifest", reason: "\"manifest.json\", a name sdgbrief does not write", said: nil)
        try plugin("silent", "exit 0")
        expectFailure(try export("silent"), name: "silent", reason: "it wrote no files", said: nil)
    }

    @Test func aPluginThatCannotStartIsReported() throws {
        try prepareOutput()
        try plugin("nointerpreter", "")
        try "#!/nonexistent/interpreter\n".write(to: plugins.appendingPathComponent("sdgbrief-export-nointerpreter"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: plugins.appendingPathComponent("sdgbrief-export-nointerpreter").path)
        expectFailure(try export("nointerpreter"), name: "nointerpreter", reason: "it could not be started", said: nil)
    }

    @Test func aPlainExportRunsNoPluginItWasNotAskedFor() throws {
        try plugin("sneaky", "touch \"$SDGBRIEF_OUTPUT_DIR/ran.txt\"")
        let path = plugins.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try SDGBriefBinary.run(["export", "-f", "json", "-o", "out"], in: directory, environment: ["PATH": path])
        #expect(result.status == 0)
        let everything = try SDGBriefBinary.run(["export", "-o", "all", "-q"], in: directory, environment: ["PATH": path])
        #expect(everything.status == 0, "\(everything.standardError)")
        #expect(!SDGBriefBinary.files(in: directory.appendingPathComponent("all")).contains("ran.txt"))
        let listed = try SDGBriefBinary.run(["formats"], in: directory, environment: ["PATH": path])
        #expect(listed.standardOutput.contains("sneaky"), "still listed, and runs when named")
    }

    /// An export of built-in formats only cannot run a plugin, so it does not
    /// look for one; naming a format sdgbrief lacks makes it look, and say
    /// what it will not use.
    @Test func onlyAnExportNamingAFormatSdgbriefLacksLooksForPlugins() throws {
        let lazy = plugins.appendingPathComponent("sdgbrief-export-lazy")
        try "#!/bin/sh\nexit 0\n".write(to: lazy, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: lazy.path)
        let path = plugins.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let builtIn = try SDGBriefBinary.run(["export", "-f", "json,text", "-o", "out", "-q"], in: directory, environment: ["PATH": path])
        #expect(builtIn.status == 0, "\(builtIn.standardError)")
        #expect(!builtIn.standardError.contains("not used"), "\(builtIn.standardError)")
        let named = try SDGBriefBinary.run(["export", "-f", "json,lazy", "-o", "other", "-q"], in: directory, environment: ["PATH": path])
        #expect(named.status == 64)
        #expect(named.standardError.contains("\(lazy.path) is not used: it is not executable"), "\(named.standardError)")
        #expect(named.standardError.contains("unknown format \"lazy\""), "\(named.standardError)")
    }

    /// The plugin options are checked whatever the formats: the same mistake
    /// is the same error in every export.
    @Test func pluginOptionsAreCheckedWhenEveryFormatIsBuiltIn() throws {
        for options in [["--plugin-timeout", "0"], ["--plugin-dir", "nowhere"]] {
            let result = try SDGBriefBinary.run(["export", "-f", "json", "-o", "out"] + options, in: directory)
            #expect(result.status == 64, "\(options): \(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
        }
    }

    @Test func aRelativePATHEntryIsNotSearched() throws {
        try plugin("local", "touch \"$SDGBRIEF_OUTPUT_DIR/ran.txt\"")
        let result = try SDGBriefBinary.run(["export", "-f", "local", "-o", "out"], in: directory, environment: ["PATH": "plugins:/usr/bin:/bin"])
        #expect(result.status == 64)
    }

    @Test func nothingAPluginNamesCanDriveTheTerminal() throws {
        try prepareOutput()
        try plugin("escapes", "touch \"$SDGBRIEF_OUTPUT_DIR/x$(printf '\\033')]0;PWNED$(printf '\\007')\"\nln -s /etc/passwd \"$SDGBRIEF_OUTPUT_DIR/y$(printf '\\033')[31m\"\nprintf 'bad\\302\\233[2J\\342\\200\\256x\\n' >&2")
        let result = try export("escapes")
        #expect(result.status == 76)
        for scalar in result.standardError.unicodeScalars {
            #expect(!(scalar.value < 0x20 && scalar != "\n") && !(0x7F...0x9F).contains(scalar.value) && scalar.value != 0x202E,
                    "U+\(String(scalar.value, radix: 16)) reached the terminal")
        }
    }

    /// A file named like a plugin that cannot be used is named, with why,
    /// instead of silently not appearing.
    @Test func aPluginThatCannotBeUsedIsNamedWithWhy() throws {
        try plugin("Shout", "exit 0")
        let lazy = plugins.appendingPathComponent("sdgbrief-export-lazy")
        try "#!/bin/sh\nexit 0\n".write(to: lazy, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: lazy.path)
        let result = try SDGBriefBinary.run(["formats", "--plugin-dir", plugins.path], in: directory)
        #expect(result.status == 0)
        #expect(result.standardError.contains("\(plugins.path)/sdgbrief-export-Shout is not used: a format name has only lowercase letters"))
        #expect(result.standardError.contains("rename it sdgbrief-export-shout"))
        #expect(result.standardError.contains("\(lazy.path) is not used: it is not executable"))
    }

    /// A plugin that starts its message with its own name is not named twice.
    @Test func aFailingPluginsNameIsSaidOnce() throws {
        try prepareOutput()
        try plugin("fail", "echo 'fail: something went wrong' >&2\nexit 3")
        let result = try export("fail")
        #expect(result.status == 76)
        #expect(result.standardError.split(separator: "\n").contains("fail: something went wrong"), "\(result.standardError)")
        #expect(!result.standardError.contains("fail: fail:"))
    }

    /// `formats` runs no plugin, so it takes no options for running one.
    @Test func formatsRefusesOptionsThatOnlyRunningAPluginUses() throws {
        for options in [["--plugin-timeout", "5"], ["--plugin-arg", "x"]] {
            let result = try SDGBriefBinary.run(["formats"] + options, in: directory)
            #expect(result.status == 64, "formats \(options)")
        }
    }

}
