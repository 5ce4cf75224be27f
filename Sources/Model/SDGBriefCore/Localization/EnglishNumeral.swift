/// Small counts as English words, as titles write them ("eight cities").
enum EnglishNumeral {
    private static let words = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// 0–12 in words, as style guides spell them; larger counts as digits.
    static func string(_ n: Int) -> String {
        words.indices.contains(n) ? words[n] : String(n)
    }
}
