import Foundation
// Re-exported: every command reports its failures as the engine's error, and
// runs exports through it.
@_exported import SDGBriefEngine

/// The commands' name for the engine's error: they report the same failures
/// with the same exit statuses.
typealias CLIError = ExportError
