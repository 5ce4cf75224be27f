/// Small counts as Chinese numerals, as titles write them (“八座城市”).
enum ChineseNumeral {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// 1–99 in words; other values as digits, which read naturally too.
    static func string(_ n: Int) -> String {
        switch n {
        case 0 ..< 10: digits[n]
        case 10: "十"
        case 11 ..< 20: "十" + digits[n % 10]
        case 20 ..< 100: digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10])
        default: String(n)
        }
    }
}
