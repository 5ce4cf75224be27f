import Foundation
import Testing
import Yams

@testable import SDGBriefLoader

@Suite struct YAMLEventReaderTests {
    struct Seen: Equatable {
        var kind: YAMLEventReader.Event.Kind
        var value = ""
        var style = Node.Scalar.Style.any
        var anchor = false
        var tag = false
    }

    /// Every event up to the end of the stream, and whether reading stopped at an error.
    private func events(_ text: String) -> (events: [Seen], failed: Bool) {
        Data(text.utf8).withUnsafeBytes { raw in
            let reader = YAMLEventReader(raw)
            var seen: [Seen] = []
            while let event = reader.next() {
                let value = String(decoding: reader.scalarValue, as: UTF8.self)
                seen.append(Seen(kind: event.kind, value: value, style: event.style, anchor: event.hasAnchor, tag: event.hasTag))
                if event.kind == .streamEnd { return (seen, false) }
            }
            return (seen, true)
        }
    }

    @Test func readsEventsWithValuesAndStyles() {
        let (seen, failed) = events("a: [1, 'b', \"c\"]\nd: |\n  line\n")
        #expect(!failed)
        #expect(seen == [
            Seen(kind: .streamStart), Seen(kind: .documentStart), Seen(kind: .mappingStart),
            Seen(kind: .scalar, value: "a", style: .plain),
            Seen(kind: .sequenceStart),
            Seen(kind: .scalar, value: "1", style: .plain),
            Seen(kind: .scalar, value: "b", style: .singleQuoted),
            Seen(kind: .scalar, value: "c", style: .doubleQuoted),
            Seen(kind: .sequenceEnd),
            Seen(kind: .scalar, value: "d", style: .plain),
            Seen(kind: .scalar, value: "line\n", style: .literal),
            Seen(kind: .mappingEnd), Seen(kind: .documentEnd), Seen(kind: .streamEnd),
        ])
    }

    /// Quoted scalars are implicitly text in YAML, but carry no tag the file wrote.
    @Test func flagsAnchorsAndWrittenTagsOnly() {
        let (seen, failed) = events("- &a x\n- *a\n- !!str y\n- ! z\n- \"q\"\n- !!map {}\n- !t [ ]\n")
        #expect(!failed)
        let nodes = seen.filter { $0.kind == .scalar || $0.kind == .alias || $0.kind == .mappingStart || $0.kind == .sequenceStart }
        #expect(nodes.map(\.kind) == [.sequenceStart, .scalar, .alias, .scalar, .scalar, .scalar, .mappingStart, .sequenceStart])
        #expect(nodes.map(\.anchor) == [false, true, false, false, false, false, false, false])
        #expect(nodes.map(\.tag) == [false, false, false, true, true, false, true, true])
    }

    @Test func readsAScalarByItsLengthSoANulInsideItSurvives() {
        let (seen, _) = events("\"a\\0b\"")
        let scalar = seen.first { $0.kind == .scalar }
        #expect(scalar?.value == "a\u{0}b")
    }

    @Test func stopsAtMalformedText() {
        let (seen, failed) = events("a: [1, 2\nb: c\n")
        #expect(failed)
        #expect(!seen.contains { $0.kind == .streamEnd })
    }

    @Test func givesNothingAfterTheStreamEnds() {
        Data("x".utf8).withUnsafeBytes { raw in
            let reader = YAMLEventReader(raw)
            while let event = reader.next(), event.kind != .streamEnd {}
            #expect(reader.next() == nil)
            #expect(reader.scalarValue.isEmpty)
        }
    }
}
