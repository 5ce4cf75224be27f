import Foundation
import Testing

@testable import SDGBriefCLI
@testable import SDGBriefEngine

@Suite struct PluginProcessTests {
    /// Descriptors this process has open, from the kernel's own list.
    private func openDescriptors() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    }

    @Test func aPluginThatCannotStartLeavesNoDescriptorOpen() throws {
        let folder = try SDGBriefBinary.temporaryDirectory()
        let script = folder.appendingPathComponent("sdgbrief-export-broken")
        try "#!/nonexistent/interpreter\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let process = PluginProcess(executable: script.path, arguments: [], environment: [:], workingDirectory: folder.path, input: Data(), timeout: 5)
        // Other tests open descriptors in this process at the same time, so
        // compare with a margin: a leak would be six per failed start, 1,200 here.
        let before = try openDescriptors()
        for _ in 0..<200 { _ = try? process.run() }
        #expect(try openDescriptors() - before < 100)
    }
}
