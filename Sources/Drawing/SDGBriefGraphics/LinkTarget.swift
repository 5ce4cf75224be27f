/// Where a link goes.
public enum LinkTarget: Sendable, Hashable {
    /// A `NamedDestination` in the same document.
    case destination(String)
    /// An external address.
    case uri(String)
}
