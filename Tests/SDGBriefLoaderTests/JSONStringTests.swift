import Foundation
import Testing

@testable import SDGBriefLoader

@Suite struct JSONStringTests {
    private func literal(_ text: String) -> String {
        var out: [UInt8] = []
        JSONString.append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func escapesQuotesBackslashesAndControlCharactersOnly() {
        #expect(literal("") == "\"\"")
        #expect(literal("引号\"与\\反斜杠") == "\"引号\\\"与\\\\反斜杠\"")
        #expect(literal("a\nb\tc\u{0}d\u{1F}") == "\"a\\u000ab\\u0009c\\u0000d\\u001f\"")
        #expect(literal("/ é 🌍 \u{7F}") == "\"/ é 🌍 \u{7F}\"")
    }

    @Test func readsBackAsTheSameText() throws {
        let texts = ["", "\"", "\\\\\"", "line\r\nbreak", "\u{0}\u{1}\u{1B}[2J", "中文（全角）“引号”", String(repeating: "长文本\"", count: 500)]
        for text in texts {
            let decoded = try JSONDecoder().decode(String.self, from: Data(literal(text).utf8))
            #expect(decoded == text)
        }
    }
}
