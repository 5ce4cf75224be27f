import SDGBriefCore

/// One problem with an input file, located as precisely as the file allows.
///
/// Printed as `FILE:LINE:COLUMN: cases[3].figures[2].unit: message`, the form
/// editors and terminals turn into a link to the place.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible, Error {
    public var file: String
    /// 1-based; nil when the problem concerns the file as a whole.
    public var line: Int?
    public var column: Int?
    public var path: FieldPath?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, path: FieldPath? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    public var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        text += ": "
        if let path { text += "\(path): " }
        return Self.singleLine(text + message)
    }

    /// Messages quote what the file says, and a file can say anything.
    static func singleLine(_ text: String) -> String {
        TerminalText.singleLine(text)
    }
}

/// A report file that cannot be used, with every problem found in it.
public struct ReportLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
