import SDGBriefLoader

/// Why an export (or a command around it) failed: lines for standard error
/// and an exit status from sysexits(3), so scripts can tell a typo from bad
/// data from a full disk.
public enum ExportError: Error {
    /// Wrong arguments or environment: 64.
    case usage(String)
    /// The report file is invalid: 65, one line per problem.
    case invalidInput([String])
    /// A file the command reads does not exist or cannot be read: 66.
    case noInput(String)
    /// A needed resource (a font) is missing: 69.
    case unavailable(String)
    /// An exporter failed where it should not have: 70.
    case software(String)
    /// The output directory cannot be created or written: 73.
    case cannotCreateOutput(String)
    /// Reading or writing failed part-way: 74.
    case io(String)
    /// An external exporter failed or broke its contract: 76, its own lines
    /// first, then what it said on standard error.
    case plugin([String])

    /// The sysexits(3) status a command exits with.
    public var exitStatus: Int32 {
        switch self {
        case .usage: 64
        case .invalidInput: 65
        case .noInput: 66
        case .unavailable: 69
        case .software: 70
        case .cannotCreateOutput: 73
        case .io: 74
        case .plugin: 76
        }
    }

    /// What to show the user, one line each.
    public var lines: [String] {
        switch self {
        case .usage(let message), .noInput(let message), .unavailable(let message), .software(let message),
            .cannotCreateOutput(let message), .io(let message):
            [message]
        case .invalidInput(let lines), .plugin(let lines):
            lines
        }
    }

    /// Every problem the loader found, one line each.
    public init(_ error: ReportLoadError) {
        self = .invalidInput(error.diagnostics.map(\.description))
    }
}
