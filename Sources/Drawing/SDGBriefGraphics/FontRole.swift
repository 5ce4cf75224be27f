/// Which of the project's fonts a text run uses. Layouts name a role, not a
/// family, so that the renderer alone decides which installed font that is.
public enum FontRole: String, Sendable, Hashable, CaseIterable {
    /// Proportional text: titles, labels, body.
    case sans
    /// Fixed-width text, for figures that must line up in columns.
    case monospace
}
