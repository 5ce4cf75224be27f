/// One of the 17 Sustainable Development Goals.
public struct SDGGoal: Sendable, Hashable, Identifiable {
    public var number: Int
    /// The official Simplified Chinese short name, as printed on the UN goal icons.
    public var nameZh: String
    /// The official English short name.
    public var nameEn: String
    /// The official icon colour, `#RRGGBB`.
    public var colorHex: String

    public var id: Int { number }

    /// The colour as 0–255 components, for renderers.
    public var rgb: (red: UInt8, green: UInt8, blue: UInt8) {
        let digits = colorHex.dropFirst()
        let value = UInt32(digits, radix: 16) ?? 0
        return (UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}

/// The 17 goals with their official names and colours (UN SDG communications guidelines).
public enum SDGCatalog {
    public static let goals: [SDGGoal] = [
        SDGGoal(number: 1, nameZh: "无贫穷", nameEn: "No Poverty", colorHex: "#E5243B"),
        SDGGoal(number: 2, nameZh: "零饥饿", nameEn: "Zero Hunger", colorHex: "#DDA63A"),
        SDGGoal(number: 3, nameZh: "良好健康与福祉", nameEn: "Good Health and Well-being", colorHex: "#4C9F38"),
        SDGGoal(number: 4, nameZh: "优质教育", nameEn: "Quality Education", colorHex: "#C5192D"),
        SDGGoal(number: 5, nameZh: "性别平等", nameEn: "Gender Equality", colorHex: "#FF3A21"),
        SDGGoal(number: 6, nameZh: "清洁饮水和卫生设施", nameEn: "Clean Water and Sanitation", colorHex: "#26BDE2"),
        SDGGoal(number: 7, nameZh: "经济适用的清洁能源", nameEn: "Affordable and Clean Energy", colorHex: "#FCC30B"),
        SDGGoal(number: 8, nameZh: "体面工作和经济增长", nameEn: "Decent Work and Economic Growth", colorHex: "#A21942"),
        SDGGoal(number: 9, nameZh: "产业、创新和基础设施", nameEn: "Industry, Innovation and Infrastructure", colorHex: "#FD6925"),
        SDGGoal(number: 10, nameZh: "减少不平等", nameEn: "Reduced Inequalities", colorHex: "#DD1367"),
        SDGGoal(number: 11, nameZh: "可持续城市和社区", nameEn: "Sustainable Cities and Communities", colorHex: "#FD9D24"),
        SDGGoal(number: 12, nameZh: "负责任消费和生产", nameEn: "Responsible Consumption and Production", colorHex: "#BF8B2E"),
        SDGGoal(number: 13, nameZh: "气候行动", nameEn: "Climate Action", colorHex: "#3F7E44"),
        SDGGoal(number: 14, nameZh: "水下生物", nameEn: "Life Below Water", colorHex: "#0A97D9"),
        SDGGoal(number: 15, nameZh: "陆地生物", nameEn: "Life on Land", colorHex: "#56C02B"),
        SDGGoal(number: 16, nameZh: "和平、正义与强大机构", nameEn: "Peace, Justice and Strong Institutions", colorHex: "#00689D"),
        SDGGoal(number: 17, nameZh: "促进目标实现的伙伴关系", nameEn: "Partnerships for the Goals", colorHex: "#19486A"),
    ]

    public static let validNumbers: ClosedRange<Int> = 1...17

    /// The goal numbered `number`, or nil outside 1–17.
    public static func goal(_ number: Int) -> SDGGoal? {
        validNumbers.contains(number) ? goals[number - 1] : nil
    }
}
