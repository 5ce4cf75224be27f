import SDGBriefCore

/// The few words the deck writes itself, in Chinese and English; everything
/// else on the slides is the report's own text in the chosen language.
struct DeckWords: Sendable {
    /// Heads the closing slide.
    var source: String
    /// Introduces the awards on the closing slide.
    var casesFrom: String
    /// Says where the charts' numbers come from, under the report's name.
    var statement: String
    /// Introduces the awards on the title slide.
    var awards: String

    static let chinese = DeckWords(
        source: "来源",
        casesFrom: "案例来自",
        statement: "本演示文稿的所有图表均根据该报告的数据绘制，图表说明见备注。",
        awards: "奖项"
    )

    static let english = DeckWords(
        source: "Source",
        casesFrom: "Cases from",
        statement: "Every chart in this deck is drawn from the report's own data; the speaker notes describe each one.",
        awards: "Awards"
    )

    /// English for English and its regional variants, Chinese otherwise, as
    /// the report's texts fall back to Chinese.
    static func forLanguage(_ language: String) -> DeckWords {
        LocalizedText.isEnglish(language) ? english : chinese
    }
}
