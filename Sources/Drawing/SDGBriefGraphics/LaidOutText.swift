/// Text a measurer has laid out, handed with the pages it was laid out for
/// to the renderer on another thread, which then draws it without laying it
/// out a second time. Opaque here: only the renderer that made the measurer
/// knows what it holds.
public protocol LaidOutText: AnyObject, Sendable {}
