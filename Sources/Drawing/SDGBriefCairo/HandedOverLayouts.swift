import SDGBriefGraphics

/// Pango layouts one engine made and gave up, for another engine to draw on
/// another thread (see `TextEngine.adopt`).
///
/// `@unchecked Sendable` because a `PangoLayout` is not safe to share, and
/// these are not shared: the engine that made them forgets them, its cache
/// included, as it hands them over, so they pass whole from one thread to
/// the other through the queue that carries their pages, and the receiving
/// engine only draws them. The fonts they refer to belong to the font map
/// every engine of the process shares already.
final class HandedOverLayouts: LaidOutText, @unchecked Sendable {
    let layouts: [TextEngine.LayoutKey: Layout]

    init(layouts: [TextEngine.LayoutKey: Layout]) {
        self.layouts = layouts
    }
}
