import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds external exporters: executables named `sdgbrief-export-<name>` in the
/// `--plugin-dir` directories, then `SDGBRIEF_PLUGIN_PATH`, then `PATH`. The
/// first found for a name wins, as a shell picks a command.
public struct PluginSearch {
    /// Where to look, in order, each path once.
    public var directories: [String]
    /// The report as a plugin reads it on standard input.
    let reportInput: ExternalExporter.ReportInput

    /// What one look through the directories found.
    public struct Findings: Sendable {
        /// One exporter per format name, the first found for each, sorted by name.
        public let exporters: [ExternalExporter]
        /// Files named `sdgbrief-export-…` that are not used, each with why:
        /// not executable, or a name that is not a format name.
        public let ignoredFiles: [String]
    }

    /// The directories in search order: those given on the command line (which
    /// must exist: a mistyped one should not silently find nothing), then the
    /// environment's. A directory named twice (`PATH` often repeats one, and
    /// on a merged-`/usr` system `/bin` is `/usr/bin`) is listed where it
    /// first appears, as a shell would find a command there.
    /// `reportInput` writes the report as external exporters read it (the
    /// JSON format's bytes): the engine itself knows no format.
    public init(
        pluginDirectories: [String], reportInput: @escaping ExternalExporter.ReportInput,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ExportError) {
        self.reportInput = reportInput
        try Self.checkDirectories(pluginDirectories)
        let fromEnvironment = [PluginContract.searchPathVariable, "PATH"].flatMap { variable in
            (environment[variable] ?? "").split(separator: ":").map(String.init)
        }
        // An empty or relative entry means the current directory, or one below
        // it, to a shell: a plugin is never picked up from there by accident.
        var seen: Set<String> = []
        directories = (pluginDirectories + fromEnvironment.filter { $0.hasPrefix("/") }).filter { seen.insert($0).inserted }
    }

    /// Refuses a `--plugin-dir` that is not a directory, whether or not a
    /// search follows: the same mistake is the same error in every export.
    public static func checkDirectories(_ pluginDirectories: [String]) throws(ExportError) {
        for directory in pluginDirectories {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .usage("--plugin-dir \(directory) is not a directory")
            }
        }
    }

    /// Lists every directory once and sorts what it holds into the exporters
    /// that run and the files that are not used.
    public func find(arguments: [String] = [], timeout: TimeInterval = 60) -> Findings {
        var found: [String: ExternalExporter] = [:]
        var order: [String] = []
        var ignored: [String] = []
        var listed: Set<DirectoryIdentity> = []
        for directory in directories {
            let folder = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
            var info = stat()
            guard stat(folder.path, &info) == 0, listed.insert(DirectoryIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted,
                  let names = Self.candidates(in: folder) else { continue }
            for fileName in names {
                let url = folder.appendingPathComponent(fileName)
                var info = stat()
                // stat, not lstat: an installed plugin is often a link to the real program.
                guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                guard let name = PluginContract.formatName(ofExecutable: fileName) else {
                    let suggested = fileName.dropFirst(PluginContract.executablePrefix.count).lowercased()
                    ignored.append("\(url.path) is not used: a format name has only lowercase letters, digits, '-' and '_' (rename it \(PluginContract.executablePrefix)\(suggested))")
                    continue
                }
                guard access(url.path, X_OK) == 0 else {
                    ignored.append("\(url.path) is not used: it is not executable (chmod +x \(url.path))")
                    continue
                }
                guard found[name] == nil else { continue }
                found[name] = ExternalExporter(name: name, executable: url, reportInput: reportInput, arguments: arguments, timeout: timeout)
                order.append(name)
            }
        }
        return Findings(exporters: order.sorted().compactMap { found[$0] }, ignoredFiles: ignored)
    }

    /// `exporters(arguments:timeout:)` of earlier versions: `find` lists the
    /// directories once for both answers.
    @available(*, deprecated, message: "use find(arguments:timeout:).exporters")
    public func exporters(arguments: [String] = [], timeout: TimeInterval = 60) -> [ExternalExporter] {
        find(arguments: arguments, timeout: timeout).exporters
    }

    /// `ignoredFiles()` of earlier versions.
    @available(*, deprecated, message: "use find().ignoredFiles")
    public func ignoredFiles() -> [String] {
        find().ignoredFiles
    }

    /// A directory as the file system knows it, whatever path reached it.
    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// The names in `folder` that start like an external exporter's, sorted;
    /// nil if it cannot be listed. Read with `readdir` and compared as bytes
    /// before any `String` is made: `PATH` holds thousands of programs, and
    /// listing them through `FileManager` and sorting them all, twice, took
    /// longer than wrapping the bundled report's text brief.
    private static func candidates(in folder: URL) -> [String]? {
        guard let stream = opendir(folder.path) else { return nil }
        defer { closedir(stream) }
        let prefix = Array(PluginContract.executablePrefix.utf8)
        var names: [String] = []
        while let entry = readdir(stream) {
            withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                guard let end = bytes.firstIndex(of: 0), end >= prefix.count, bytes[..<prefix.count].elementsEqual(prefix) else { return }
                names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self))
            }
        }
        return names.sorted()
    }
}
