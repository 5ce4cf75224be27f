import Foundation

/// Renders Markdown to HTML with Debian's python3-markdown-it.
enum CommonMarkReader {
    static let python = "/usr/bin/python3"

    static let isAvailable: Bool = (try? run("import markdown_it", input: "")) != nil

    static func html(_ markdown: String) throws -> String {
        try run("import sys, markdown_it; sys.stdout.write(markdown_it.MarkdownIt('commonmark').enable('table').render(sys.stdin.read()))", input: markdown)
    }

    private static func run(_ script: String, input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: output, as: UTF8.self)
    }
}
