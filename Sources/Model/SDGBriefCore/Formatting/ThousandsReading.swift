/// Reads figures in thousands and millions, as English does: “about USD 10.7
/// million”, “over 312,369 people”, “2–4 times”, “1 school”, “2 schools”.
///
/// Builds strings rather than writing into a buffer as the Chinese reading
/// does: figures in a language other than the source's are read for one
/// edition at a time, and their words vary more (plurals, units before the number).
struct ThousandsReading {
    let words: NumberWords

    /// The smallest scale, 10⁶; each next one is a thousand times larger.
    private static let million = 1_000_000.0

    func parts(value: Double, valueHigh: Double?, unit: MetricUnit, qualifier: Qualifier, estimate: MetricEstimate?) -> FormattedMetric {
        let word = words.units[unit] ?? UnitWord(unit.rawValue)
        // A year-unit figure from 1000 up is a calendar year (a deadline such as
        // 2030), which English writes bare; below that it is a duration.
        let calendarYear = unit == .year && valueHigh == nil && value >= 1000
        let scaled = unit != .year
        let low = reading(value, scaled: scaled)
        let high = valueHigh.map { reading($0, scaled: scaled) }

        var number: String
        var scale = ""
        if let high {
            if low.scale == high.scale {
                number = low.digits + words.rangeDash + high.digits
                scale = high.scale
            } else {
                number = joined(low.digits, low.scale) + words.rangeDash + high.digits
                scale = high.scale
            }
        } else {
            number = low.digits
            scale = low.scale
        }
        let singular = valueHigh == nil && value == 1
        let unitText = calendarYear ? "" : (singular ? word.singular : word.plural)

        var lead = [estimate.flatMap { words.estimates[$0] } ?? "", words.qualifiers[qualifier] ?? ""]
        var trail = [scale]
        if word.beforeNumber { lead.append(unitText) } else { trail.append(unitText) }
        let glued = !word.beforeNumber && word.glued && scale.isEmpty
        return FormattedMetric(
            qualifier: lead.filter { !$0.isEmpty }.joined(separator: words.wordSpace),
            number: number,
            unit: trail.filter { !$0.isEmpty }.joined(separator: words.wordSpace),
            space: words.wordSpace,
            gluedUnit: glued
        )
    }

    /// The value alone with its scale word: “10.7 million”, “312,369”.
    func number(_ value: Double, scaled: Bool) -> String {
        let read = reading(value, scaled: scaled)
        return joined(read.digits, read.scale)
    }

    private func joined(_ digits: String, _ scale: String) -> String {
        scale.isEmpty ? digits : digits + words.wordSpace + scale
    }

    /// Digits and scale word: from a million up, the largest scale the value
    /// reaches when it is a whole number of thousandths of it (“1.847 million”);
    /// otherwise every digit, grouped by thousands (“12,345,678”).
    private func reading(_ value: Double, scaled: Bool) -> (digits: String, scale: String) {
        let magnitude = abs(value)
        guard scaled else { return (MetricFormatter.plainNumber(value), "") }
        if magnitude >= Self.million {
            var scale = Self.million
            var index = 0
            while index + 1 < words.scales.count, magnitude >= scale * 1000 {
                scale *= 1000
                index += 1
            }
            let x = value / scale
            let thousandths = (x * 1000).rounded()
            if abs(x * 1000 - thousandths) < 1e-6, abs(x) < 1_000_000 {
                let scaledValue = thousandths / 1000
                return (MetricFormatter.grouped(MetricFormatter.plainNumber(scaledValue), grouping: abs(scaledValue) >= 1000), words.scales[index])
            }
        }
        return (MetricFormatter.grouped(MetricFormatter.plainNumber(value), grouping: magnitude >= 1000), "")
    }
}
