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

    /// Multi-byte characters are never structure: they must count as any
    /// other non-structural character does, here an ASCII letter, also in
    /// quotes that run over lines and before dashes that open sequences.
    @Test func readsMultiByteCharactersAsOtherText() {
        let tokens = ["城", "“", "é", "😀", "x", " ", "  ", "\n", "- ", "-", "[", "]", "{", "}", "\"", "'", "\\", ": ", ", ", "\t",
                      "[[[[[[[[[[", "{{{{{{{{{{", "- - - - - - - - - - ", String(repeating: " ", count: 20)]
        var state: UInt64 = 0x2545F4914F6CDD1D
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        var found = 0
        for _ in 0..<2000 {
            var text = ""
            // Long enough, and bracket-heavy enough, that some texts nest too deep.
            for _ in 0..<next(400) { text += tokens[next(tokens.count)] }
            let ascii = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.isASCII ? $0 : "x" }))
            let result = NestingScanner.firstExcess(in: text)
            #expect(result?.line == NestingScanner.firstExcess(in: ascii)?.line, "\(text.debugDescription)")
            if result != nil { found += 1 }
        }
        #expect(found > 20)
    }
}

