import SDGBriefCore
import Testing

@Suite struct MetricFormatterTests {
    let formatter = MetricFormatter()

    struct Example: Sendable, CustomTestStringConvertible {
        var value: Double
        var high: Double? = nil
        var unit: MetricUnit
        var qualifier: Qualifier = .exact
        var estimate: MetricEstimate? = nil
        var expected: String
        var testDescription: String { expected }
    }

    // Each reading as the source report writes the same figure.
    static let sourceReadings: [Example] = [
        Example(value: 10_700_000, unit: .usd, qualifier: .about, expected: "约1070万美元"),
        Example(value: 312_369, unit: .person, qualifier: .over, expected: "超过312,369人"),
        Example(value: 1_847_000, unit: .person, expected: "184.7万人"),
        Example(value: 2_300_000_000, unit: .person, expected: "23亿人"),
        Example(value: 2_300_000_000, unit: .person, qualifier: .projected, expected: "预计23亿人"),
        Example(value: 4_700_000, unit: .person, expected: "470万人"),
        Example(value: 80_000, unit: .person, qualifier: .nearly, expected: "近8万人"),
        Example(value: 13_000, unit: .person, expected: "13,000人"),
        Example(value: 125_000, unit: .person, expected: "125,000人"),
        Example(value: 7533, unit: .perSquareKilometre, expected: "7533人/平方公里"),
        Example(value: 50, unit: .hectare, qualifier: .over, expected: "超过50公顷"),
        Example(value: 1000, unit: .hectare, expected: "1000公顷"),
        Example(value: 26, unit: .percent, expected: "26%"),
        Example(value: 95, unit: .percent, qualifier: .upTo, expected: "高达95%"),
        Example(value: 33.3, unit: .percent, qualifier: .about, expected: "约33.3%"),
        Example(value: 2, high: 4, unit: .times, expected: "2–4倍"),
        Example(value: 350, unit: .tonnePerYear, expected: "350吨/年"),
        Example(value: 9, unit: .year, expected: "9年"),
        Example(value: 2030, unit: .year, expected: "2030年"),
        Example(value: 18, unit: .school, expected: "18所学校"),
        Example(value: 2400, unit: .family, qualifier: .over, expected: "超过2400个家庭"),
        Example(value: 107, unit: .settlement, expected: "107个贫民窟"),
        Example(value: 9, unit: .country, expected: "9个国家"),
        Example(value: 40, unit: .initiative, qualifier: .over, expected: "超过40项倡议"),
        Example(value: 20_000_000, unit: .person, expected: "2000万人"),
        Example(value: 1_700_000, unit: .usd, expected: "170万美元"),
    ]

    @Test(arguments: sourceReadings)
    func readsLikeTheSource(_ example: Example) {
        let text = formatter.parts(value: example.value, valueHigh: example.high, unit: example.unit, qualifier: example.qualifier).text
        #expect(text == example.expected)
    }

    // From 10¹² up Chinese says 万亿, never thousands of 亿; and an estimate
    // stands before the bound (“预计高达95%”).
    static let chineseReadings: [Example] = [
        Example(value: 1.5e12, unit: .usd, qualifier: .about, expected: "约1.5万亿美元"),
        Example(value: 1e12, unit: .usd, expected: "1万亿美元"),
        Example(value: 1.23e12, unit: .usd, expected: "1.23万亿美元"),
        Example(value: 2.5e15, unit: .usd, expected: "2500万亿美元"),
        Example(value: 1.5e12, high: 2e12, unit: .usd, expected: "1.5–2万亿美元"),
        Example(value: 9e11, unit: .usd, expected: "9000亿美元"),
        Example(value: 95, unit: .percent, qualifier: .upTo, estimate: .projected, expected: "预计高达95%"),
        Example(value: 95, unit: .percent, qualifier: .about, estimate: .projected, expected: "预计约95%"),
        Example(value: 95, unit: .percent, qualifier: .over, estimate: .projected, expected: "预计超过95%"),
        Example(value: 95, unit: .percent, qualifier: .nearly, estimate: .projected, expected: "预计近95%"),
        Example(value: 95, unit: .percent, estimate: .projected, expected: "预计95%"),
        Example(value: 5000, unit: .person, qualifier: .about, estimate: .estimated, expected: "估计约5000人"),
        Example(value: 1, unit: .school, expected: "1所学校"),
    ]

    @Test(arguments: chineseReadings)
    func readsChineseBeyondTheSource(_ example: Example) {
        let metric = Metric(
            id: "m", label: LocalizedText(zh: "m"), value: example.value, valueHigh: example.high, unit: example.unit,
            qualifier: example.qualifier, estimate: example.estimate, quote: ""
        )
        #expect(formatter.string(metric) == example.expected)
        #expect(utf8(metric) == example.expected)
    }

    static let englishReadings: [Example] = [
        Example(value: 10_700_000, unit: .usd, qualifier: .about, expected: "about USD 10.7 million"),
        Example(value: 312_369, unit: .person, qualifier: .over, expected: "over 312,369 people"),
        Example(value: 95, unit: .percent, qualifier: .upTo, expected: "up to 95%"),
        Example(value: 2, high: 4, unit: .times, expected: "2–4 times"),
        Example(value: 80_000, unit: .person, qualifier: .nearly, expected: "nearly 80,000 people"),
        Example(value: 1.5e12, unit: .usd, expected: "USD 1.5 trillion"),
        Example(value: 2.5e15, unit: .usd, expected: "USD 2,500 trillion"),
        Example(value: 2_300_000_000, unit: .person, expected: "2.3 billion people"),
        Example(value: 1_847_000, unit: .person, expected: "1.847 million people"),
        Example(value: 12_345_678, unit: .person, expected: "12,345,678 people"),
        Example(value: 350, unit: .tonnePerYear, expected: "350 t/year"),
        Example(value: 9, unit: .hectarePerYear, expected: "9 ha/year"),
        Example(value: 7533, unit: .perSquareKilometre, expected: "7,533 people/km²"),
        Example(value: 33.3, unit: .percent, qualifier: .about, expected: "about 33.3%"),
        Example(value: 1, unit: .school, expected: "1 school"),
        Example(value: 2, unit: .school, expected: "2 schools"),
        Example(value: 1, unit: .person, expected: "1 person"),
        Example(value: 1, unit: .city, expected: "1 city"),
        Example(value: 9, unit: .country, expected: "9 countries"),
        Example(value: 2400, unit: .family, qualifier: .over, expected: "over 2,400 families"),
        Example(value: 40, unit: .initiative, qualifier: .over, expected: "over 40 initiatives"),
        Example(value: 1, high: 2, unit: .school, expected: "1–2 schools"),
        Example(value: 20_000, high: 40_000, unit: .person, expected: "20,000–40,000 people"),
        Example(value: 2_000_000, high: 4_000_000, unit: .person, expected: "2–4 million people"),
        Example(value: 500_000, high: 1_200_000, unit: .person, expected: "500,000–1.2 million people"),
        Example(value: 2, high: 4, unit: .usd, qualifier: .about, expected: "about USD 2–4"),
        Example(value: 9, unit: .year, expected: "9 years"),
        Example(value: 1, unit: .year, expected: "1 year"),
        Example(value: 2030, unit: .year, expected: "2030"),
        Example(value: 12, unit: .count, expected: "12"),
        Example(value: 95, unit: .percent, qualifier: .upTo, estimate: .projected, expected: "projected: up to 95%"),
        Example(value: 95, unit: .percent, qualifier: .about, estimate: .projected, expected: "projected: about 95%"),
        Example(value: 95, unit: .percent, qualifier: .over, estimate: .projected, expected: "projected: over 95%"),
        Example(value: 95, unit: .percent, qualifier: .nearly, estimate: .projected, expected: "projected: nearly 95%"),
        Example(value: 95, unit: .percent, estimate: .projected, expected: "projected: 95%"),
        Example(value: 2_300_000_000, unit: .person, qualifier: .projected, expected: "projected: 2.3 billion people"),
        Example(value: 5000, unit: .person, qualifier: .about, estimate: .estimated, expected: "estimated: about 5,000 people"),
    ]

    @Test(arguments: englishReadings)
    func readsLikeAnEnglishReader(_ example: Example) {
        let english = MetricFormatter(language: "en")
        let metric = Metric(
            id: "m", label: LocalizedText(zh: "m"), value: example.value, valueHigh: example.high, unit: example.unit,
            qualifier: example.qualifier, estimate: example.estimate, quote: ""
        )
        #expect(english.string(metric) == example.expected)
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { buffer in
            english.writeUTF8(metric, into: buffer).map { String(decoding: buffer[..<$0], as: UTF8.self) }
        }
        #expect(written == example.expected)
    }

    /// Charts set the number large: the words before and after it stand apart.
    @Test func splitsEnglishAroundTheNumber() {
        let english = MetricFormatter(language: "EN")
        let parts = english.parts(value: 10_700_000, unit: .usd, qualifier: .about)
        #expect(parts.qualifier == "about USD" && parts.number == "10.7" && parts.unit == "million")
        let percent = english.parts(value: 95, unit: .percent, qualifier: .upTo)
        #expect(percent.number == "95" && percent.unit == "%" && percent.text == "up to 95%")
    }

    @Test(arguments: MetricUnit.known)
    func everyKnownUnitHasAnEnglishWordWithoutHan(_ unit: MetricUnit) {
        let text = MetricFormatter(language: "en").parts(value: 3, unit: unit).text
        #expect(!text.unicodeScalars.contains { $0.properties.isIdeographic }, "\(text)")
        #expect(BriefWords.english.numbers.units[unit] != nil)
    }

    @Test func readsAMetric() {
        let metric = Metric(id: "fund", label: LocalizedText(zh: "资金"), value: 10_700_000, unit: .usd, qualifier: .about, quote: "约1070万美元")
        #expect(formatter.string(metric) == "约1070万美元")
    }

    @Test func splitsQualifierNumberAndUnitForCharts() {
        let parts = formatter.parts(value: 10_700_000, unit: .usd, qualifier: .about)
        #expect(parts == FormattedMetric(qualifier: "约", number: "1070万", unit: "美元"))
        let count = formatter.parts(value: 18, unit: .school)
        #expect(count.qualifier.isEmpty && count.number == "18" && count.unit == "所学校")
    }

    // Below ten thousand the source writes plain digits (“7533人”, “2400个家庭”).
    @Test(arguments: [(7533.0, "7533"), (9999, "9999"), (10_000, "1万"), (10_001, "10,001"), (312_369, "312,369"), (1_234_567, "1,234,567")])
    func groupsThousandsOnlyFromTenThousand(_ value: Double, _ expected: String) {
        #expect(formatter.number(value) == expected)
    }

    // One decimal in 万 is how the source writes millions (“184.7万”), but
    // 12.5万 for 125,000 is not: it keeps the digits.
    @Test(arguments: [(1_847_000.0, "184.7万"), (125_000, "125,000"), (1_234_500, "1,234,500"), (150_000_000, "1.5亿"), (123_450_000, "12345万")])
    func usesWanAndYiOnlyForRoundFigures(_ value: Double, _ expected: String) {
        #expect(formatter.number(value) == expected)
    }

    @Test func neverWritesAnExponent() {
        for value in [1e15, 1e-7, 123_456_789_012.5, 0.000_012_5, 5e14 + 0.5] {
            let text = formatter.number(value) + MetricFormatter.plainNumber(value)
            #expect(!text.contains("e") && !text.contains("E"), "\(value) → \(text)")
        }
        #expect(MetricFormatter.plainNumber(1e-7) == "0.0000001")
        #expect(MetricFormatter.plainNumber(0.000_012_5) == "0.0000125")
    }

    @Test func yearsAreNeitherScaledNorGrouped() {
        #expect(formatter.parts(value: 20_000, unit: .year).text == "20000年")
    }

    @Test func rangeSaysASharedScaleOnce() {
        #expect(formatter.parts(value: 20_000, valueHigh: 40_000, unit: .person).text == "2–4万人")
        #expect(formatter.parts(value: 5000, valueHigh: 20_000, unit: .person).text == "5000–2万人")
    }

    @Test(arguments: MetricUnit.known)
    func everyKnownUnitHasAChineseWord(_ unit: MetricUnit) {
        let parts = formatter.parts(value: 3, unit: unit)
        #expect(!parts.unit.isEmpty)
        #expect(!parts.unit.contains(unit.rawValue), "\(unit.rawValue) fell back to its code")
        #expect(MetricFormatter.unitWords[unit] != nil)
    }

    @Test(arguments: Qualifier.known)
    func everyKnownQualifierHasAWord(_ qualifier: Qualifier) {
        #expect(MetricFormatter.qualifierWords[qualifier] != nil)
        let text = formatter.parts(value: 5, unit: .city, qualifier: qualifier).text
        #expect(text.hasSuffix("5座城市"))
        #expect(text.count == (qualifier == .exact ? 4 : 4 + MetricFormatter.qualifierWords[qualifier]!.count))
    }

    @Test func unknownUnitFallsBackToItsCode() {
        #expect(formatter.parts(value: 12, unit: MetricUnit(rawValue: "kwh")).text == "12 kwh")
    }

    @Test(arguments: [
        (10_700_000.0, "10700000"), (33.3, "33.3"), (2_300_000_000, "2300000000"), (-5, "-5"), (0, "0"),
        (-0.0, "0"), (20.2961, "20.2961"), (1e15, "1000000000000000"), (0.5, "0.5"),
    ])
    func plainNumbersAreWhatASpreadsheetReads(_ value: Double, _ expected: String) {
        #expect(MetricFormatter.plainNumber(value) == expected)
        #expect(Double(expected) == value)
    }

    /// The reading written into a buffer of `capacity` bytes, or nil if it did not fit.
    func utf8(_ metric: Metric, capacity: Int = MetricFormatter.typicalReadingLength) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            formatter.writeUTF8(metric, into: buffer).map { String(decoding: buffer[..<$0], as: UTF8.self) }
        }
    }

    /// The bytes a writer gets spell the same text as `string`, for every
    /// kind of reading: scaled, grouped, ranges, years, unknown units.
    @Test func writesTheSameUTF8AsTheString() {
        var metrics = Self.sourceReadings.map {
            Metric(id: "m", label: LocalizedText(zh: "m"), value: $0.value, valueHigh: $0.high, unit: $0.unit, qualifier: $0.qualifier, quote: "")
        }
        metrics += [
            Metric(id: "r", label: LocalizedText(zh: "r"), value: 5000, valueHigh: 20_000, unit: .person, quote: ""),
            Metric(id: "n", label: LocalizedText(zh: "n"), value: -1_847_000, unit: .person, qualifier: .about, quote: ""),
            Metric(id: "u", label: LocalizedText(zh: "u"), value: 12_345.5, unit: MetricUnit(rawValue: "kwh"), quote: ""),
            Metric(id: "y", label: LocalizedText(zh: "y"), value: 20_000, unit: .year, qualifier: .projected, quote: ""),
            Metric(id: "e", label: LocalizedText(zh: "e"), value: 1e-7, valueHigh: .infinity, unit: .percent, quote: ""),
            Metric(id: "g", label: LocalizedText(zh: "g"), value: -8_999_999_999_999_999, valueHigh: 8e15 + 0.5, unit: .person, qualifier: .over, quote: ""),
        ]
        for metric in metrics {
            #expect(utf8(metric) == formatter.string(metric))
        }
    }

    /// A reading that does not fit is refused, not cut short; only a long
    /// unknown unit code makes one longer than the typical length, and the
    /// string is still whole.
    @Test func refusesABufferTooShort() {
        let metric = Metric(id: "m", label: LocalizedText(zh: "m"), value: 312_369, unit: .person, qualifier: .over, quote: "")
        #expect(utf8(metric, capacity: 16) == "超过312,369人")
        #expect(utf8(metric, capacity: 15) == nil)
        let code = String(repeating: "very_long_unit_", count: 20)
        let unknown = Metric(id: "u", label: LocalizedText(zh: "u"), value: 7, unit: MetricUnit(rawValue: code), quote: "")
        #expect(utf8(unknown) == nil)
        #expect(formatter.string(unknown) == "7 " + code)
    }

    /// Decimals short enough to be written without a string, and those that
    /// are not, read exactly as `plainNumber` reads them.
    @Test(arguments: [
        -34.6037, 58.3816, 33.3, 0.5, 0.1 + 0.2, 0.000_05, 1e-6, 5e-7, 1e-7, 123_456_789.123456, 999_999_999.5, 1e9 + 0.5,
        2.675, -0.001, 12_345.000_001, 0.3, 10_700_000, -0.0, .nan, -.infinity, 1e300,
    ])
    func writesPlainNumbersAsTheString(_ value: Double) {
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 400) { buffer in
            MetricFormatter.writePlainNumber(value, into: buffer).map { String(decoding: buffer[..<$0], as: UTF8.self) }
        }
        #expect(written == MetricFormatter.plainNumber(value))
        #expect(Double(MetricFormatter.plainNumber(value)).map { $0 == value || value.isNaN } ?? false)
    }

    /// “-34.6037” is eight bytes: it fits eight, not seven.
    @Test(arguments: [(7, nil), (8, 8)] as [(Int, Int?)])
    func refusesANumberTooLongForTheBuffer(_ capacity: Int, _ expected: Int?) {
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            MetricFormatter.writePlainNumber(-34.6037, into: buffer)
        }
        #expect(written == expected)
    }
}
