/// How CSV files are encoded.
public enum CSVProfile: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 with a byte-order mark and CRLF line ends: Excel opens Chinese correctly.
    case excel
    /// UTF-8 without a byte-order mark, LF line ends: for scripts and databases.
    case plain
}
