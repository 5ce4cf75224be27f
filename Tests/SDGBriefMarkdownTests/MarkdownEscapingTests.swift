import Testing

@testable import SDGBriefMarkdown

@Suite struct MarkdownEscapingTests {
    /// What a CommonMark reader shows for escaped text: each backslash escape
    /// stands for the character it escapes.
    func unescaped(_ markdown: String) -> String {
        var result = ""
        var escaping = false
        for character in markdown {
            if !escaping, character == "\\" {
                escaping = true
                continue
            }
            #expect(!escaping || (character.isASCII && (character.isPunctuation || character.isSymbol)), "\\\(character) is no escape")
            escaping = false
            result.append(character)
        }
        return result
    }

    @Test(arguments: [
        "*bold* [x](y) <b>", "a|b", "`code`", "&amp;", "# heading", "C# ##", "- item", "+ item", "=== ", "~~gone~~",
        "_under_", "\\", "2030. 不是列表", "1) 不是", "城市伙伴关系", "2.5万", "a-b",
    ])
    func readsBackAsTyped(_ text: String) {
        #expect(unescaped(MarkdownEscaping.escape(text)) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func escapesWhatCouldStartMarkup() {
        #expect(MarkdownEscaping.escape("*bold* [x](y) <b>") == "\\*bold\\* \\[x\\](y) \\<b\\>")
        #expect(MarkdownEscaping.escape("- item") == "\\- item")
        #expect(MarkdownEscaping.escape("2030. 年") == "2030\\. 年")
        #expect(MarkdownEscaping.escape("a|b") == "a\\|b")
    }

    @Test func leavesOrdinaryTextAlone() {
        for text in ["城市伙伴关系与可持续发展目标", "2.5万人", "a-b", "约1070万美元", "(1)"] {
            #expect(MarkdownEscaping.escape(text) == text)
        }
    }

    @Test func trimsWhatWouldIndentACodeBlock() {
        #expect(MarkdownEscaping.escape("    不是代码 ") == "不是代码")
    }
}
