import Foundation

/// The plugin could not be started at all (not executable, a bad interpreter line).
struct PluginSpawnError: Error {
    var code: Int32
    var reason: String { String(cString: strerror(code)) }
}
