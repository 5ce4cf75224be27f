import Foundation

/// The commands' name for the engine's error: they report the same failures
/// with the same exit statuses.
typealias CLIError = ExportError
