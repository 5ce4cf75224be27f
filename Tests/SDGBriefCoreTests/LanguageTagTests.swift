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
}
