import Foundation
@testable import SDGBriefCairo
import Testing

@Suite struct SVGSurfaceIDsTests {
    @Test func renumbersSurfacesInOrderOfAppearance() {
        let svg = ##"<g id="surface7"><use xlink:href="#surface9"/></g><g id="surface9"/>"##
        let normalized = String(decoding: SVGSurfaceIDs.normalize(Data(svg.utf8)), as: UTF8.self)
        #expect(normalized == ##"<g id="surface1"><use xlink:href="#surface2"/></g><g id="surface2"/>"##)
    }

    @Test func leavesOtherTextAlone() {
        let svg = ##"<path d="M 0 0"/><!-- surface12 -->"##
        #expect(SVGSurfaceIDs.normalize(Data(svg.utf8)) == Data(svg.utf8))
    }

    @Test func renumbersOnlyWholeIdsWithDigits() {
        let svg = ##"<a href="#surface"/><g id="surface01"><use xlink:href="#surface1"/><use xlink:href="#surface01"/></g>x#surface3"##
        let normalized = String(decoding: SVGSurfaceIDs.normalize(Data(svg.utf8)), as: UTF8.self)
        #expect(normalized == ##"<a href="#surface"/><g id="surface1"><use xlink:href="#surface2"/><use xlink:href="#surface1"/></g>x#surface3"##)
    }
}
