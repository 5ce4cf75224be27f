/// What a placed block is, so tests can check the pagination rules.
public enum BlockKind: String, Sendable, Hashable {
    case heading
    case paragraph
    case panel
    case listItem
    case contentsEntry
    case chart
    case decoration
}
