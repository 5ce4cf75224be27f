internal import CCairoPango
import Foundation
import Synchronization

/// Keeps cairo's global glyph cache from ever evicting, which in cairo 1.16
/// can deadlock two threads that draw or measure text at once.
///
/// Cairo keeps every scaled font's glyphs in pages, listed in one global
/// cache of 512 pages. When the cache is thawed and over that size, the
/// thread thawing it holds the cache's mutex and evicts pages of other
/// fonts, locking each one's mutex (`_cairo_scaled_glyph_page_pluck`,
/// marked "XXX Is this safe?" in cairo's source). Whether a font may be
/// evicted is read without its mutex, so another thread can lock that font
/// in between and then wait for the cache's mutex: each thread holds what
/// the other waits for. The test suite, running PDF exports side by side,
/// hung so once, with both threads inside `cairo_show_text_glyphs`; the
/// PDF's own helper and drawing threads, and two editions exported at once,
/// run the same risk.
///
/// The cache evicts only while no font holds it frozen. So a thread of ours
/// holds it frozen for the life of the process: it asks a user font for a
/// glyph, cairo freezes the cache to make room for the glyph, and the user
/// font's drawing callback, which cairo calls next, never returns. Glyph
/// pages are then freed with their fonts (when an engine goes) instead of by
/// eviction. Nothing else about that font is ever used.
enum GlyphCacheKeeper {
    /// Starts the keeping thread, once, and returns once it holds the cache.
    static func holdCacheFrozen() {
        _ = started
    }

    /// Whether the keeping thread is inside cairo with the cache frozen.
    static var isHoldingCache: Bool { holding.load(ordering: .acquiring) }

    private static let holding = Atomic<Bool>(false)
    private static let parked = DispatchSemaphore(value: 0)

    private static let started: Void = {
        let thread = Thread {
            guard let face = cairo_user_font_face_create() else { return }
            cairo_user_font_face_set_render_glyph_func(face) { _, _, _, _ in
                GlyphCacheKeeper.holding.store(true, ordering: .releasing)
                GlyphCacheKeeper.parked.signal()
                // Never returns: returning would thaw the cache.
                while true { sleep(UInt32.max) }
            }
            var matrix = cairo_matrix_t()
            cairo_matrix_init_identity(&matrix)
            let options = cairo_font_options_create()
            guard let font = cairo_scaled_font_create(face, &matrix, &matrix, options) else { return }
            var glyph = cairo_glyph_t(index: 1, x: 0, y: 0)
            var extents = cairo_text_extents_t()
            cairo_scaled_font_glyph_extents(font, &glyph, 1, &extents)
            // Only reached if cairo refused the font: nothing is held then.
            parked.signal()
        }
        thread.name = "cairo glyph cache keeper"
        thread.stackSize = 1 << 20
        thread.start()
        parked.wait()
    }()
}
