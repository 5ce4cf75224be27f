/// How the open ends of a stroked line or path look.
public enum LineCap: String, Sendable, Hashable {
    case butt
    case round
    case square
}
