/// Why what a plugin wrote cannot be exported.
struct PluginOutputError: Error {
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
