import Foundation
import SDGBriefCore
import Testing

@Suite struct LanguageTagTests {
    @Test(arguments: ["zh", "en", "fil", "zh-Hans", "zh-Hans-CN", "pt-BR", "es-419", "de-1996", "en-abcdefgh"])
    func acceptsWellFormedTags(tag: String) {
        #expect(LanguageTag.isWellFormed(tag))
    }

    @Test(arguments: [
        "", "z", "x-private", "zhon", "ZH", "Zh", "zh-", "-zh", "zh--CN", "zh_CN", "zh-abcdefghi",
        "zh\n", "zh-CN\n", "\nzh", "中文", "zh CN",
    ])
    func rejectsMalformedTags(tag: String) {
        #expect(!LanguageTag.isWellFormed(tag))
    }

    /// The JSON Schema's pattern must say what the check says, except where
    /// a regular expression's `$` matches before a final line break.
    @Test(arguments: ["zh", "zh-Hans-CN", "es-419", "en-abcdefgh", "", "x-private", "ZH", "zh--CN", "zh-abcdefghi", "中文", "zh CN"])
    func schemaPatternAgreesWithTheCheck(tag: String) {
        let matches = tag.range(of: LanguageTag.pattern, options: .regularExpression) != nil
        #expect(matches == LanguageTag.isWellFormed(tag))
    }
}
