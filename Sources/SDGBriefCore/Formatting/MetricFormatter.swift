/// Writes figures the way the source report and a Chinese reader write them,
/// so that the text brief, the PDF and the charts all read alike.
///
/// Large round figures use 万 and 亿 (“470万人”, “23亿人”, “184.7万人”); other
/// figures keep their digits, grouped by thousands only from 10,000 up
/// (“7533人”, “312,369人”), as the source does. No exponent is ever written.
public struct MetricFormatter: Sendable {
    public init() {}

    /// What follows the number for each known unit. A table rather than a switch
    /// so that adding a unit to `MetricUnit.known` is one line here, and a test
    /// can check that every known unit has one.
    public static let unitWords: [MetricUnit: String] = [
        .person: "人",
        .usd: "美元",
        .hectare: "公顷",
        .hectarePerYear: "公顷/年",
        .tonne: "吨",
        .tonnePerYear: "吨/年",
        .percent: "%",
        .percentPerYear: "%/年",
        .kilometre: "公里",
        .perSquareKilometre: "人/平方公里",
        .family: "个家庭",
        .school: "所学校",
        .organization: "个组织",
        .initiative: "项倡议",
        .city: "座城市",
        .country: "个国家",
        .settlement: "个贫民窟",
        .times: "倍",
        .count: "个",
        // A duration (“9年”) or, for a deadline, a calendar year (“2030年”): both read the same.
        .year: "年",
    ]

    /// The word set before the number. “超过” stands for the source's “…多”
    /// too (“40多个倡议” reads “超过40项倡议”), so a qualifier always has one place.
    public static let qualifierWords: [Qualifier: String] = [
        .exact: "",
        .about: "约",
        .over: "超过",
        .nearly: "近",
        .upTo: "高达",
        .projected: "预计",
    ]

    /// Units that are years: never scaled to 万 and never grouped, so 2030 stays “2030”.
    private static let unscaledUnits: Set<MetricUnit> = [.year]

    /// The figure's full reading, e.g. “约1070万美元”.
    public func string(_ metric: Metric) -> String {
        parts(metric).text
    }

    /// The figure's reading in pieces, for layouts that style them apart.
    public func parts(_ metric: Metric) -> FormattedMetric {
        parts(value: metric.value, valueHigh: metric.valueHigh, unit: metric.unit, qualifier: metric.qualifier)
    }

    public func parts(value: Double, valueHigh: Double? = nil, unit: MetricUnit, qualifier: Qualifier = .exact) -> FormattedMetric {
        let scaled = !Self.unscaledUnits.contains(unit)
        let number: String
        if let high = valueHigh {
            let low = reading(value, scaled: scaled)
            let upper = reading(high, scaled: scaled)
            // “2–4万”, not “2万–4万”: the scale word is said once when both ends share it.
            number = low.scale == upper.scale
                ? "\(low.digits)–\(upper.digits)\(upper.scale)"
                : "\(low.digits)\(low.scale)–\(upper.digits)\(upper.scale)"
        } else {
            let single = reading(value, scaled: scaled)
            number = single.digits + single.scale
        }
        let unitWord: String
        if let word = Self.unitWords[unit] {
            unitWord = word
        } else {
            // An unknown unit still shows its code, apart from the number so it stays legible.
            unitWord = unit.rawValue.isEmpty ? "" : " " + unit.rawValue
        }
        return FormattedMetric(qualifier: Self.qualifierWords[qualifier] ?? "", number: number, unit: unitWord)
    }

    /// The value alone in Chinese reading, without qualifier or unit: “184.7万”.
    public func number(_ value: Double) -> String {
        let r = reading(value, scaled: true)
        return r.digits + r.scale
    }

    /// The value as a spreadsheet reads it: plain digits, “.” for decimals, no
    /// grouping, no exponent, no “.0” on whole numbers (10700000, 33.3, -5).
    public static func plainNumber(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        if value == 0 { return "0" }  // also turns -0 into 0
        if value == value.rounded(), abs(value) < 9e15 { return String(Int64(value)) }
        return expandExponent(String(value))
    }

    // MARK: - Reading a value

    private static let yi = 100_000_000.0
    private static let wan = 10_000.0

    private func reading(_ value: Double, scaled: Bool) -> (digits: String, scale: String) {
        let magnitude = abs(value)
        if scaled {
            // Whole or one-decimal 亿 (“23亿”, “1.5亿”).
            if magnitude >= Self.yi, let tenths = Self.wholeTenths(value / Self.yi) {
                return (Self.decimalFromTenths(tenths), "亿")
            }
            // Whole 万 (“470万”, “8万”), or one decimal from a million up (“184.7万”);
            // below a million the source keeps digits (“125,000人”).
            if magnitude >= Self.wan, let tenths = Self.wholeTenths(value / Self.wan),
               tenths % 10 == 0 || magnitude >= 1_000_000 {
                return (Self.decimalFromTenths(tenths), "万")
            }
        }
        return (Self.grouped(Self.plainNumber(value), grouping: scaled && magnitude >= Self.wan), "")
    }

    /// `x` in tenths when it has at most one decimal, allowing for binary rounding.
    private static func wholeTenths(_ x: Double) -> Int64? {
        let tenths = (x * 10).rounded()
        guard abs(tenths) < 9e15, abs(x * 10 - tenths) < 1e-6 else { return nil }
        return Int64(tenths)
    }

    private static func decimalFromTenths(_ tenths: Int64) -> String {
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    /// Inserts “,” every three digits of the integer part.
    private static func grouped(_ plain: String, grouping: Bool) -> String {
        guard grouping else { return plain }
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let integer = unsigned.prefix { $0 != "." }
        let rest = unsigned.dropFirst(integer.count)
        var groups: [Substring] = []
        var end = integer.endIndex
        while end > integer.startIndex {
            let start = integer.index(end, offsetBy: -3, limitedBy: integer.startIndex) ?? integer.startIndex
            groups.insert(integer[start..<end], at: 0)
            end = start
        }
        return (negative ? "-" : "") + groups.joined(separator: ",") + rest
    }

    /// Swift writes very small or very large doubles as “1e-05”; spell them out.
    private static func expandExponent(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
            return text
        }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerDigits = String(parts[0])
        let fractionDigits = parts.count > 1 ? String(parts[1]) : ""
        var digits = integerDigits + fractionDigits
        var point = integerDigits.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var integer = String(digits.prefix(point))
        var fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        while integer.count > 1, integer.hasPrefix("0") { integer.removeFirst() }
        return (negative ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
    }
}
