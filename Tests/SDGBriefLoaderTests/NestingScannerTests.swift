import Testing

@testable import SDGBriefLoader

@Suite struct NestingScannerTests {
    @Test func allowsOrdinaryNesting() {
        #expect(NestingScanner.firstExcess(in: "a:\n  - {b: [1, 2]}\n  - c: \"[[[[\"\n") == nil)
    }

    @Test func ignoresBracketsInsideQuotedText() {
        let text = "title: \"" + String(repeating: "[", count: 500) + "\"\n"
        #expect(NestingScanner.firstExcess(in: text) == nil)
    }

    @Test func findsDeepFlowNestingOnItsLine() {
        let text = "a: 1\nb: " + String(repeating: "{c: ", count: 70)
        #expect(NestingScanner.firstExcess(in: text)?.line == 2)
    }

    @Test func findsStackedBlockSequences() {
        let text = String(repeating: "- ", count: 70) + "x\n"
        #expect(NestingScanner.firstExcess(in: text)?.line == 1)
    }

    @Test func findsDeepIndentation() {
        var text = ""
        for level in 0..<80 { text += String(repeating: "  ", count: level) + "k\(level):\n" }
        #expect(NestingScanner.firstExcess(in: text) != nil)
    }

    // An escaped backslash before the closing quote once left the scanner
    // "inside a string" for the rest of the file, blind to any nesting after it.
    @Test func aQuotedBackslashDoesNotHideLaterNesting() {
        let text = "a: \"\\\\\"\nb: " + String(repeating: "[", count: 200)
        #expect(NestingScanner.firstExcess(in: text)?.line == 2)
        #expect(NestingScanner.firstExcess(in: "a: \"x\\\" [[[[ \"\n") == nil, "an escaped quote does not end the string")
    }

    // A report written on one line, as `json.dumps` writes it, once counted
    // every negative longitude of the file as a block sequence on that line.
    @Test func countsStructureNotLength() {
        let entry = "{\"latitude\": -0.1807, \"longitude\": -78.4678, \"note\": \"a - b\"}"
        let text = "{\"cases\": [" + Array(repeating: entry, count: 200).joined(separator: ", ") + "]}"
        #expect(NestingScanner.firstExcess(in: text) == nil)
        #expect(NestingScanner.firstExcess(in: "a: 1 - 2 - 3 - 4 " + String(repeating: "- ", count: 100) + "\n") == nil)
    }
}
