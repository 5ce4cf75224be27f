/// One thing to draw. Marks are plain values: layouts build them, tests read
/// them, and only the renderer turns them into drawing calls.
public indirect enum Mark: Sendable, Hashable {
    case rect(RectMark)
    case path(PathMark)
    case circle(CircleMark)
    case line(LineMark)
    case text(TextRun)
    case link(LinkArea)
    case destination(NamedDestination)
    case group(MarkGroup)
}
