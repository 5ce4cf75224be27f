import Foundation
import Testing

@testable import SDGBriefLoader

@Suite struct TextScreeningTests {
    private func screen<T>(_ bytes: [UInt8], _ check: (UnsafeRawBufferPointer) -> T) -> T {
        bytes.withUnsafeBytes(check)
    }

    @Test func blankIsOnlySpacesTabsAndLineBreaks() {
        #expect(screen(Array(" \t\r\n".utf8), TextScreening.isBlank))
        #expect(screen([], TextScreening.isBlank))
        #expect(!screen(Array(" \n#".utf8), TextScreening.isBlank))
        #expect(!screen([0x20, 0xA0], TextScreening.isBlank))
    }

    @Test func findsTheLineOfTheFirstNUL() {
        #expect(screen(Array("a\nb\nc".utf8), TextScreening.lineOfFirstNUL) == nil)
        #expect(screen(Array("a\nb".utf8) + [0] + Array("\n".utf8) + [0], TextScreening.lineOfFirstNUL) == 2)
        #expect(screen([0], TextScreening.lineOfFirstNUL) == 1)
    }

    @Test func locatesInvalidUTF8ByLineAndCharacter() {
        #expect(screen(Array("标题: 中文\n✓ 🌍\n".utf8), TextScreening.firstInvalidUTF8) == nil)
        let truncated = Array("a\n标题".utf8) + [0xE6, 0x88] + Array("}".utf8)
        #expect(screen(truncated, TextScreening.firstInvalidUTF8).map { [$0.line, $0.column] } == [2, 3])
        // An overlong encoding of "/" and a UTF-16 surrogate are not UTF-8 either.
        #expect(screen([0x61, 0xC0, 0xAF], TextScreening.firstInvalidUTF8).map { [$0.line, $0.column] } == [1, 2])
        #expect(screen([0xED, 0xA0, 0x80], TextScreening.firstInvalidUTF8).map { [$0.line, $0.column] } == [1, 1])
    }
}
