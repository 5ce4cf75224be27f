/// Writes figures the way a reader of the brief's language reads them, so
/// that the text brief, the PDF, the charts and the tables all read alike.
///
/// In Chinese, as the source report and a Chinese reader write them: large
/// round figures use 万, 亿 and 万亿 (“470万人”, “23亿人”, “184.7万人”,
/// “1.5万亿美元”); other figures keep their digits, grouped by thousands only
/// from 10,000 up (“7533人”, “312,369人”). In English: “about USD 10.7
/// million”, “over 312,369 people”, “2–4 times”, with million, billion and
/// trillion, thousands separators and the plural where the number wants it.
/// No exponent is ever written. The words come from `BriefWords`.
public struct MetricFormatter: Sendable {
    /// The words and number style figures are read with.
    public let words: NumberWords

    /// A formatter for Chinese, the source language.
    public init() {
        words = BriefWords.chinese.numbers
    }

    /// A formatter for the language of `words`.
    public init(words: BriefWords) {
        self.words = words.numbers
    }

    /// A formatter for `language` (a tag such as "en" or "zh"); Chinese when
    /// the brief has no words in that language.
    public init(language: String) {
        self.init(words: BriefWords.forLanguage(language))
    }

    /// The Chinese word after the number for each known unit, as `BriefWords.chinese` has it.
    public static let unitWords: [MetricUnit: String] = BriefWords.chinese.numbers.units.mapValues(\.singular)

    /// The Chinese word before the number for each qualifier.
    public static let qualifierWords: [Qualifier: String] = BriefWords.chinese.numbers.qualifiers

    /// Units that are years: never scaled to 万 and never grouped, so 2030 stays “2030”.
    private static let unscaledUnits: Set<MetricUnit> = [.year]

    /// The figure's full reading, e.g. “约1070万美元”.
    public func string(_ metric: Metric) -> String {
        parts(metric).text
    }

    /// The figure's reading in pieces, for layouts that style them apart.
    public func parts(_ metric: Metric) -> FormattedMetric {
        parts(value: metric.value, valueHigh: metric.valueHigh, unit: metric.unit, qualifier: metric.qualifier, estimate: metric.estimate)
    }

    /// The reading of a value with its range, unit, bound and estimate.
    public func parts(
        value: Double, valueHigh: Double? = nil, unit: MetricUnit, qualifier: Qualifier = .exact, estimate: MetricEstimate? = nil
    ) -> FormattedMetric {
        if words.scaling == .thousands {
            return ThousandsReading(words: words).parts(value: value, valueHigh: valueHigh, unit: unit, qualifier: qualifier, estimate: estimate)
        }
        let reading = Self.unitReading(unit)
        let number = Self.string { cursor in
            writeNumber(value: value, valueHigh: valueHigh, scaled: reading.scaled, to: &cursor)
        }
        return FormattedMetric(qualifier: estimateWord(estimate) + (Self.qualifierTable[qualifier] ?? ""), number: number, unit: reading.word)
    }

    /// Writes the UTF-8 of `string(metric)` into `buffer`, for writers that
    /// make no `String` per figure (the CSV export writes a hundred thousand
    /// of them), and returns how many bytes it wrote; nil, having written
    /// what fits, if the reading is longer than `buffer`. Readings are short:
    /// only an unknown unit with a long code makes one longer than
    /// `typicalReadingLength`.
    public func writeUTF8(_ metric: Metric, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var cursor = UTF8Cursor(buffer)
        if words.scaling == .thousands {
            cursor.append(string(metric))
        } else {
            writeText(metric, to: &cursor)
        }
        return cursor.overflowed ? nil : cursor.position
    }

    /// Room enough for the readings figures have: a qualifier, two grouped
    /// numbers with their scales, and a unit word. A tiny fraction spelled
    /// out, or an unknown unit with a long code, can take more; writers
    /// then fall back to a larger buffer.
    public static let typicalReadingLength = 128

    /// The value alone, without qualifier or unit: “184.7万”, “1.847 million”.
    public func number(_ value: Double) -> String {
        if words.scaling == .thousands { return ThousandsReading(words: words).number(value, scaled: true) }
        return Self.string { cursor in Reading(value, scaled: true).write(withScale: true, to: &cursor) }
    }

    /// The value as a spreadsheet reads it: plain digits, “.” for decimals, no
    /// grouping, no exponent, no “.0” on whole numbers (10700000, 33.3, -5).
    public static func plainNumber(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        if let whole = wholeNumber(value) { return String(whole) }  // -0 too, as "0"
        if let decimal = shortDecimal(value) { return string { $0.appendDecimal(decimal, negative: value < 0) } }
        return expandExponent(String(value))
    }

    /// Writes the UTF-8 of `plainNumber(value)` into `buffer` and returns how
    /// many bytes it wrote, or nil, having written what fits, if it is longer
    /// than `buffer`: for writers that make no `String` per number.
    public static func writePlainNumber(_ value: Double, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var cursor = UTF8Cursor(buffer)
        cursor.appendPlainNumber(value)
        return cursor.overflowed ? nil : cursor.position
    }

    /// `value` as a decimal of at most six places, when one that short reads
    /// back as `value`: the digits, without the point, and the places. That
    /// is the shortest decimal that does, as Swift would write it, so the
    /// digits can be written without making a string and looking in it for
    /// an exponent; coordinates and percentages all have one.
    ///
    /// Below 1e9 two decimals of six places are farther apart than a double
    /// is wide, so at most one of them reads back as `value`, and the product
    /// rounded is that one whenever there is one.
    private static func shortDecimal(_ value: Double) -> (digits: UInt64, places: Int)? {
        let magnitude = abs(value)
        guard magnitude < 1e9, magnitude >= 1e-6 else { return nil }
        var scale = 1.0
        for places in 1 ... 6 {
            scale *= 10
            let digits = (magnitude * scale).rounded()
            if digits / scale == magnitude { return (UInt64(digits), places) }
        }
        return nil
    }

    private func writeText(_ metric: Metric, to cursor: inout UTF8Cursor) {
        let reading = Self.unitReading(metric.unit)
        if metric.estimate != nil { cursor.append(estimateWord(metric.estimate)) }
        cursor.append(Self.qualifierTable[metric.qualifier] ?? "")
        writeNumber(value: metric.value, valueHigh: metric.valueHigh, scaled: reading.scaled, to: &cursor)
        cursor.append(reading.word)
    }

    private func estimateWord(_ estimate: MetricEstimate?) -> String {
        estimate.flatMap { words.estimates[$0] } ?? ""
    }

    private func writeNumber(value: Double, valueHigh: Double?, scaled: Bool, to cursor: inout UTF8Cursor) {
        let low = Reading(value, scaled: scaled)
        guard let high = valueHigh else {
            low.write(withScale: true, to: &cursor)
            return
        }
        let upper = Reading(high, scaled: scaled)
        // “2–4万”, not “2万–4万”: the scale word is said once when both ends share it.
        low.write(withScale: low.scale != upper.scale, to: &cursor)
        cursor.append("–")
        upper.write(withScale: true, to: &cursor)
    }

    /// The text `write` makes, in a buffer on the stack, larger ones as needed.
    private static func string(_ write: (inout UTF8Cursor) -> Void) -> String {
        var capacity = typicalReadingLength
        while true {
            let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> String? in
                var cursor = UTF8Cursor(buffer)
                write(&cursor)
                return cursor.overflowed ? nil : String(decoding: buffer[..<cursor.position], as: UTF8.self)
            }
            if let text { return text }
            capacity *= 4
        }
    }

    /// Each known unit's word and whether its figures are scaled, in one table
    /// so that a figure costs one lookup of its unit.
    private static let unitReadings = VocabularyTable<MetricUnit, (word: String, scaled: Bool)>(
        unitWords.reduce(into: [:]) { table, entry in table[entry.key] = (entry.value, !unscaledUnits.contains(entry.key)) }
    )

    private static let qualifierTable = VocabularyTable(qualifierWords)

    private static func unitReading(_ unit: MetricUnit) -> (word: String, scaled: Bool) {
        if let known = unitReadings[unit] { return known }
        // An unknown unit still shows its code, apart from the number so it stays legible.
        return (unit.rawValue.isEmpty ? "" : " " + unit.rawValue, !unscaledUnits.contains(unit))
    }

    /// Bytes written into a buffer up to its end: what does not fit marks the
    /// writing overflowed instead of growing anything, so that a reading is
    /// written in place with no allocation and no call per piece.
    private struct UTF8Cursor {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var position = 0
        var overflowed = false

        init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
            self.buffer = buffer
        }

        /// Room for `count` more bytes, or overflowed.
        mutating func reserve(_ count: Int) -> Bool {
            if position + count > buffer.count { overflowed = true }
            return !overflowed
        }

        mutating func append(_ text: String) {
            // Most figures have no qualifier word and no scale word.
            guard !text.isEmpty else { return }
            if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
                Array(text.utf8).withUnsafeBufferPointer { append($0) }
            }
        }

        mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard reserve(bytes.count) else { return }
            for byte in bytes {
                buffer[position] = byte
                position += 1
            }
        }

        mutating func append(_ byte: UInt8) {
            guard reserve(1) else { return }
            buffer[position] = byte
            position += 1
        }

        /// `plainNumber(value)`.
        mutating func appendPlainNumber(_ value: Double) {
            if let whole = MetricFormatter.wholeNumber(value) {
                appendDigits(whole, grouping: false)
            } else if let decimal = MetricFormatter.shortDecimal(value) {
                appendDecimal(decimal, negative: value < 0)
            } else {
                append(MetricFormatter.plainNumber(value))
            }
        }

        /// A decimal from `shortDecimal`: “-12.05”.
        mutating func appendDecimal(_ decimal: (digits: UInt64, places: Int), negative: Bool) {
            var divisor: UInt64 = 1
            for _ in 0 ..< decimal.places { divisor *= 10 }
            if negative { append(UInt8(ascii: "-")) }
            appendDigits(Int64(decimal.digits / divisor), grouping: false)
            append(UInt8(ascii: "."))
            // The fraction with its leading zeros: the places are counted from the point.
            let fraction = Int64(decimal.digits % divisor)
            var zeros = decimal.places - 1
            var bound: Int64 = 10
            while zeros > 0, fraction >= bound {
                zeros -= 1
                bound *= 10
            }
            for _ in 0 ..< zeros { append(UInt8(ascii: "0")) }
            appendDigits(fraction, grouping: false)
        }

        /// The decimal digits of `value`, with “,” every three digits when
        /// `grouping`. Written out rather than through `String(value)` so that
        /// neither a string nor a second pass to group it is made per figure.
        mutating func appendDigits(_ value: Int64, grouping: Bool) {
            var rest = value.magnitude
            var digits = 1
            while rest >= 10, digits < 19 {
                rest /= 10
                digits += 1
            }
            let length = (value < 0 ? 1 : 0) + digits + (grouping ? (digits - 1) / 3 : 0)
            guard reserve(length) else { return }
            // From the last digit back, so that separators fall every three from the right.
            rest = value.magnitude
            var index = position + length
            var written = 0
            repeat {
                if grouping, written > 0, written % 3 == 0 {
                    index -= 1
                    buffer[index] = UInt8(ascii: ",")
                }
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
            } while rest > 0
            if value < 0 { buffer[position] = UInt8(ascii: "-") }
            position += length
        }
    }

    // MARK: - Reading a value

    private static let wanYi = 1_000_000_000_000.0
    private static let yi = 100_000_000.0
    private static let wan = 10_000.0

    /// How a value is said: in tenths of 万 or 亿, or in its own digits.
    private struct Reading {
        enum Scale: String {
            case none = "", wan = "万", yi = "亿", wanYi = "万亿"
        }

        enum Digits {
            /// Tenths of the scale, written with at most one decimal.
            case tenths(Int64)
            /// Ten-thousandths of the scale, written with the decimals they need (“1.25万亿”).
            case tenThousandths(Int64)
            /// The plain number, with “,” every three digits when `grouped`.
            case plain(Double, grouped: Bool)
        }

        var digits: Digits
        var scale: Scale

        init(_ value: Double, scaled: Bool) {
            let magnitude = abs(value)
            if scaled {
                // From 10¹² up in 万亿 (“1.5万亿”, never “15000亿”), with as many
                // decimals as whole 亿 need.
                if magnitude >= MetricFormatter.wanYi, let parts = MetricFormatter.wholeTenThousandths(value / MetricFormatter.wanYi) {
                    (digits, scale) = (.tenThousandths(parts), .wanYi)
                    return
                }
                // Whole or one-decimal 亿 (“23亿”, “1.5亿”).
                if magnitude >= MetricFormatter.yi, let tenths = MetricFormatter.wholeTenths(value / MetricFormatter.yi) {
                    (digits, scale) = (.tenths(tenths), .yi)
                    return
                }
                // Whole 万 (“470万”, “8万”), or one decimal from a million up (“184.7万”);
                // below a million the source keeps digits (“125,000人”).
                if magnitude >= MetricFormatter.wan, let tenths = MetricFormatter.wholeTenths(value / MetricFormatter.wan),
                   tenths % 10 == 0 || magnitude >= 1_000_000 {
                    (digits, scale) = (.tenths(tenths), .wan)
                    return
                }
            }
            (digits, scale) = (.plain(value, grouped: scaled && magnitude >= MetricFormatter.wan), .none)
        }

        func write(withScale: Bool, to cursor: inout UTF8Cursor) {
            switch digits {
            case .tenths(let tenths):
                if tenths < 0 { cursor.append(UInt8(ascii: "-")) }
                cursor.appendDigits(Int64(tenths.magnitude / 10), grouping: false)
                let fraction = UInt8(tenths.magnitude % 10)
                if fraction != 0 {
                    cursor.append(UInt8(ascii: "."))
                    cursor.append(UInt8(ascii: "0") + fraction)
                }
            case .tenThousandths(let parts):
                if parts < 0 { cursor.append(UInt8(ascii: "-")) }
                cursor.appendDigits(Int64(parts.magnitude / 10_000), grouping: false)
                var fraction = parts.magnitude % 10_000
                if fraction != 0 {
                    cursor.append(UInt8(ascii: "."))
                    var divisor: UInt64 = 1000
                    while fraction != 0 {
                        cursor.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
                        fraction %= divisor
                        divisor /= 10
                    }
                }
            case .plain(let value, let grouped):
                if let whole = MetricFormatter.wholeNumber(value) {
                    cursor.appendDigits(whole, grouping: grouped)
                } else {
                    cursor.append(MetricFormatter.grouped(MetricFormatter.plainNumber(value), grouping: grouped))
                }
            }
            if withScale, scale != .none { cursor.append(scale.rawValue) }
        }
    }

    /// The value as an integer when it is whole and below 9e15.
    static func wholeNumber(_ value: Double) -> Int64? {
        // By converting rather than rounding (a call into libm per figure);
        // NaN and infinities fail the bound. -0 and 0 both become 0.
        guard abs(value) < 9e15 else { return nil }
        let whole = Int64(value)
        return Double(whole) == value ? whole : nil
    }

    /// `x` in tenths when it has at most one decimal, allowing for binary rounding.
    private static func wholeTenths(_ x: Double) -> Int64? {
        let tenths = (x * 10).rounded()
        guard abs(tenths) < 9e15, abs(x * 10 - tenths) < 1e-6 else { return nil }
        return Int64(tenths)
    }

    /// `x` in ten-thousandths when it has at most four decimals.
    private static func wholeTenThousandths(_ x: Double) -> Int64? {
        let parts = (x * 10_000).rounded()
        guard abs(parts) < 9e15, abs(x * 10_000 - parts) < 1e-4 else { return nil }
        return Int64(parts)
    }

    /// Inserts “,” every three digits of the integer part.
    static func grouped(_ plain: String, grouping: Bool) -> String {
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
        guard let e = text.utf8.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }), let exponent = Int(text[text.index(after: e)...]) else {
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
