/// The project's font has a single weight; `bold` may be synthesised by the
/// renderer rather than drawn from a bold face.
public enum FontWeight: String, Sendable, Hashable {
    case regular
    case bold
}
