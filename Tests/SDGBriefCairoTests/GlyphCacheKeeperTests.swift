@testable import SDGBriefCairo
import Testing

/// Cairo 1.16 can deadlock two threads when its glyph cache evicts; the
/// keeper holds the cache frozen so that it never does. The deadlock itself
/// is a race no test can bring about on demand; what can be checked is that
/// the keeper is where it has to be.
@Suite struct GlyphCacheKeeperTests {
    @Test func anEngineStartsTheKeeperInsideCairo() throws {
        _ = try TextEngine()
        // Set by the user font's callback, which cairo calls only after it
        // has frozen the cache to make room for the glyph.
        #expect(GlyphCacheKeeper.isHoldingCache)
    }
}
