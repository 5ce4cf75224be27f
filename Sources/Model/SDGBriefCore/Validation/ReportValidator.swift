import Foundation

/// Checks what a careful reader of a report would catch: goal numbers, ids,
/// units, values, years and references. Collects every problem rather than
/// stopping at the first, so that a file can be fixed in one pass.
public struct ReportValidator: Sendable {
    /// Years a figure or milestone of a report on current practice can sensibly carry.
    public static let plausibleYears: ClosedRange<Int> = 1800...2100
    /// Anything larger is a typo or an attempt to break a layout, not a statistic.
    public static let largestValue: Double = 1e15
    /// Ids become file names, CSV keys and PDF link targets.
    public static let idPattern = "^[a-z0-9][a-z0-9._-]{0,63}$"
    /// Names Windows reserves for devices, with or without an extension; an id
    /// becomes a file name, so these would export everywhere but there.
    public static let reservedFileNames: Set<String> = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ]
    /// Names, labels and titles go on covers, badges and chart axes; longer
    /// than this they are paragraphs in the wrong field (or an attack on a layout).
    public static let longestName = 300
    public static let longestParagraph = 20_000
    /// The characters `checkCharacters` refuses, as a regular-expression
    /// class for the JSON Schema: controls but tab and line feed, the
    /// bidirectional overrides and isolates, and the line and paragraph separators.
    public static let forbiddenControlPattern = "[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029]"
    /// Fields whose texts are paragraphs (longer, line breaks allowed) rather than names.
    public static let paragraphFields: Set<String> = [
        "introduction", "narrative", "partnership", "conclusionsPreamble", "closing", "text",
    ]

    public init() {}

    public func validate(_ report: Report) -> [ValidationIssue] {
        var issues = IssueCollector()
        let root = FieldPath.root
        if report.schemaVersion != Report.currentSchemaVersion {
            issues.add(
                root.appending("schemaVersion"),
                "unsupported schema version \(report.schemaVersion) (this version of sdgbrief reads \(Report.currentSchemaVersion))"
            )
        }
        issues.checkID(report.id, at: root.appending("id"))
        issues.checkText(report.title, at: root.appending("title"))
        if let subtitle = report.subtitle { issues.checkText(subtitle, at: root.appending("subtitle")) }
        if let publisher = report.publisher { issues.checkText(publisher, at: root.appending("publisher")) }

        let awardsPath = root.appending("awards")
        issues.checkUnique(report.awards.map(\.id), at: awardsPath, field: "id")
        for (index, award) in report.awards.enumerated() {
            let path = awardsPath.appending(index)
            issues.checkID(award.id, at: path.appending("id"))
            issues.checkText(award.name, at: path.appending("name"))
            issues.checkText(award.shortName, at: path.appending("shortName"))
        }
        issues.checkParagraphs(report.introduction, at: root.appending("introduction"))
        issues.checkMetrics(report.figures, at: root.appending("figures"))

        let casesPath = root.appending("cases")
        if report.cases.isEmpty { issues.add(casesPath, "a report needs at least one case") }
        issues.checkUnique(report.cases.map(\.id), at: casesPath, field: "id")
        let awardIDs = Set(report.awards.map(\.id))
        for (index, item) in report.cases.enumerated() {
            issues.checkCase(item, at: casesPath.appending(index), awardIDs: awardIDs)
        }

        issues.checkParagraphs(report.conclusionsPreamble, at: root.appending("conclusionsPreamble"))
        let conclusionsPath = root.appending("conclusions")
        for (index, conclusion) in report.conclusions.enumerated() {
            let path = conclusionsPath.appending(index)
            if conclusion.rank != index + 1 {
                issues.add(path.appending("rank"), "rank \(conclusion.rank) out of order (expected \(index + 1): ranks run 1, 2, 3, … in file order)")
            }
            issues.checkText(conclusion.title, at: path.appending("title"))
            issues.checkText(conclusion.text, at: path.appending("text"))
        }
        issues.checkParagraphs(report.closing, at: root.appending("closing"))
        report.forEachTextField { path, text in issues.checkLength(text, at: path) }
        return issues.issues
    }
}

/// Accumulates issues; the checks live here so that each stays small and named.
struct IssueCollector {
    var issues: [ValidationIssue] = []

    mutating func add(_ path: FieldPath, _ message: String) {
        issues.append(ValidationIssue(path, message))
    }

    mutating func checkID(_ id: String, at path: FieldPath) {
        if !Self.isWellFormedID(id) {
            add(path, "invalid id \(quoted(id)) (use 1–64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit)")
        } else if let stem = id.split(separator: ".").first, ReportValidator.reservedFileNames.contains(String(stem)) {
            add(path, "id \(quoted(id)) is a device name on Windows and cannot name a file there; choose another")
        }
    }

    // `idPattern`, checked by hand: `range(of:options: .regularExpression)`
    // compiles its pattern on every call (7% of loading a 1,000-case report
    // went to the ids of figures), and its `$` also matches before a final
    // line break, which would let "milan\n" name a file.
    private static func isWellFormedID(_ id: String) -> Bool {
        let bytes = id.utf8
        guard (1...64).contains(bytes.count), let first = bytes.first, isLowerOrDigit(first) else { return false }
        return bytes.allSatisfy { isLowerOrDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    // Trimming copied each whole text through NSString only to test it for
    // emptiness: a tenth of loading a 1,000-case report once parsing got
    // fast. A text trims to nothing exactly when every scalar is in the set.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { blankScalars.contains($0) }
    }

    private static let blankScalars = CharacterSet.whitespacesAndNewlines

    private static func isLowerOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    mutating func checkUnique(_ ids: [String], at path: FieldPath, field: String) {
        var firstIndex: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let first = firstIndex[id] {
                add(path.appending(index).appending(field), "duplicate id \(quoted(id)) (first used at \(path.appending(first)))")
            } else {
                firstIndex[id] = index
            }
        }
    }

    mutating func checkText(_ text: LocalizedText, at path: FieldPath) {
        if Self.isBlank(text.zh) {
            add(path.appending(LocalizedText.sourceLanguage), "missing Chinese text (every text needs a non-empty \"zh\")")
        }
        for (language, value) in text.sortedTranslations {
            let languagePath = path.appending(language)
            if !LanguageTag.isWellFormed(language) {
                add(languagePath, "unknown language tag \(quoted(language)) (use a BCP 47 tag such as \"zh\" or \"en\")")
            }
            checkCharacters(value, at: languagePath)
        }
    }

    mutating func checkCharacters(_ text: String, at path: FieldPath) {
        if Self.mayHoldForbiddenControl(text), let scalar = text.unicodeScalars.first(where: isForbiddenControl) {
            add(path, "control character U+\(hex(scalar)) in text (only line breaks and tabs are allowed)")
        }
    }

    /// False where `text`'s UTF-8 shows it holds none of the characters
    /// `isForbiddenControl` refuses: a byte scan, without decoding scalars,
    /// for every text of a report at every load. C0 controls and DEL are
    /// single bytes, C1 controls start with 0xC2 0x80–0x9F, and the
    /// separators, overrides and isolates are 0xE2 0x80 0xA8–0xAE and
    /// 0xE2 0x81 0xA6–0xA9.
    static func mayHoldForbiddenControl(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x09, 0x0A: break
                case 0x00...0x1F, 0x7F: return true
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return true
                case 0xE2 where index + 2 < bytes.count:
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80, (0xA8...0xAE).contains(third) { return true }
                    if second == 0x81, (0xA6...0xA9).contains(third) { return true }
                default: break
                }
                index += 1
            }
            return false
        }
    }

    /// Whether `text` breaks a line: as `Character.isNewline` finds, by
    /// scalar, which needs no grapheme breaking (each of these scalars
    /// begins its character, or follows the carriage return that does).
    static func hasLineBreak(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
            default: false
            }
        }
    }

    mutating func checkLength(_ text: String, at path: FieldPath) {
        let isParagraph = path.components.contains { component in
            if case .key(let key) = component { return ReportValidator.paragraphFields.contains(key) }
            return false
        }
        let limit = isParagraph ? ReportValidator.longestParagraph : ReportValidator.longestName
        // A break in a name, label or quote would split a table row, a
        // heading or a chart label; paragraphs may hold them.
        if !isParagraph, Self.hasLineBreak(text) {
            add(path, "line break in a name, label, title or quote (keep it on one line)")
        }
        // Counting characters walks grapheme clusters, a twentieth of loading
        // 1,000 cases; no text has more characters than UTF-8 bytes, and
        // nearly every text has fewer bytes than its limit.
        if text.utf8.count > limit, text.count > limit {
            add(path, "text is \(text.count) characters long; at most \(limit) fit \(isParagraph ? "a paragraph" : "a name, label or title")")
        }
    }

    mutating func checkParagraphs(_ paragraphs: [LocalizedText], at path: FieldPath) {
        for (index, paragraph) in paragraphs.enumerated() {
            checkText(paragraph, at: path.appending(index))
        }
    }

    mutating func checkCase(_ item: Case, at path: FieldPath, awardIDs: Set<String>) {
        checkID(item.id, at: path.appending("id"))
        checkText(item.city, at: path.appending("city"))
        checkText(item.country, at: path.appending("country"))
        checkText(item.region, at: path.appending("region"))
        checkText(item.practice, at: path.appending("practice"))
        checkText(item.partnership, at: path.appending("partnership"))
        checkLocation(item.location, at: path.appending("location"))

        for (index, award) in item.awards.enumerated() where !awardIDs.contains(award) {
            let known = awardIDs.sorted().map(quoted).joined(separator: ", ")
            add(path.appending("awards").appending(index), "unknown award \(quoted(award)) (the report's awards are: \(known.isEmpty ? "none" : known))")
        }
        checkSDGs(item.sdgs, at: path.appending("sdgs"))
        checkParagraphs(item.narrative, at: path.appending("narrative"))
        checkMetrics(item.figures, at: path.appending("figures"))
        for (index, milestone) in item.milestones.enumerated() {
            let milestonePath = path.appending("milestones").appending(index)
            checkYear(milestone.year, at: milestonePath.appending("year"))
            if let title = milestone.title { checkText(title, at: milestonePath.appending("title")) }
            checkText(milestone.event, at: milestonePath.appending("event"))
        }
        for (index, partner) in item.partners.enumerated() {
            let partnerPath = path.appending("partners").appending(index)
            checkText(partner.name, at: partnerPath.appending("name"))
            checkVocabulary(partner.sector, at: partnerPath.appending("sector"), noun: "sector")
        }
    }

    mutating func checkLocation(_ point: GeoPoint, at path: FieldPath) {
        if !(point.latitude.isFinite && (-90...90).contains(point.latitude)) {
            add(path.appending("latitude"), "latitude \(point.latitude) out of range (expected -90 to 90)")
        }
        if !(point.longitude.isFinite && (-180...180).contains(point.longitude)) {
            add(path.appending("longitude"), "longitude \(point.longitude) out of range (expected -180 to 180)")
        }
    }

    mutating func checkSDGs(_ tags: [SDGTag], at path: FieldPath) {
        if tags.isEmpty { add(path, "a case needs at least one SDG") }
        var seen: [Int: Int] = [:]
        for (index, tag) in tags.enumerated() {
            let tagPath = path.appending(index)
            if !SDGCatalog.validNumbers.contains(tag.goal) {
                add(tagPath.appending("goal"), "unknown SDG \(tag.goal) (expected 1 to 17)")
            } else if let first = seen[tag.goal] {
                add(tagPath.appending("goal"), "SDG \(tag.goal) listed twice (first at \(path.appending(first)))")
            } else {
                seen[tag.goal] = index
            }
            checkVocabulary(tag.role, at: tagPath.appending("role"), noun: "role")
        }
        if !tags.isEmpty, !tags.contains(where: { $0.role == .primary }) {
            add(path, "a case needs at least one primary SDG")
        }
    }

    mutating func checkMetrics(_ metrics: [Metric], at path: FieldPath) {
        checkUnique(metrics.map(\.id), at: path, field: "id")
        for (index, metric) in metrics.enumerated() {
            let metricPath = path.appending(index)
            checkID(metric.id, at: metricPath.appending("id"))
            checkText(metric.label, at: metricPath.appending("label"))
            checkValue(metric.value, unit: metric.unit, at: metricPath.appending("value"))
            if let high = metric.valueHigh {
                checkValue(high, unit: metric.unit, at: metricPath.appending("valueHigh"))
                if high.isFinite, metric.value.isFinite, high <= metric.value {
                    add(metricPath.appending("valueHigh"), "upper value \(high) is not above value \(metric.value)")
                }
            }
            checkVocabulary(metric.unit, at: metricPath.appending("unit"), noun: "unit")
            checkVocabulary(metric.qualifier, at: metricPath.appending("qualifier"), noun: "qualifier")
            if let estimate = metric.estimate {
                checkVocabulary(estimate, at: metricPath.appending("estimate"), noun: "estimate")
                // Metric reads `qualifier: projected` as `estimate: projected`; beside another estimate it contradicts it.
                if metric.qualifier == .projected {
                    add(metricPath.appending("qualifier"), "qualifier \"projected\" contradicts estimate \(quoted(estimate.rawValue)) (write the bound as the qualifier: exact, about, over, nearly or up_to)")
                }
            }
            if let year = metric.year { checkYear(year, at: metricPath.appending("year")) }
            if Self.isBlank(metric.quote) {
                add(metricPath.appending("quote"), "missing quote (the exact phrase of the source that states the figure)")
            }
            checkCharacters(metric.quote, at: metricPath.appending("quote"))
        }
    }

    mutating func checkValue(_ value: Double, unit: MetricUnit, at path: FieldPath) {
        if !value.isFinite {
            add(path, "value \(value) is not a finite number")
        } else if value < 0, !MetricUnit.signed.contains(unit) {
            add(path, "negative value \(formatted(value)) (a \(unit.rawValue) figure cannot be negative)")
        } else if abs(value) > ReportValidator.largestValue {
            add(path, "value \(formatted(value)) is implausibly large (limit 1e15)")
        }
    }

    mutating func checkYear(_ year: Int, at path: FieldPath) {
        let range = ReportValidator.plausibleYears
        if !range.contains(year) {
            add(path, "year \(year) out of range (expected \(range.lowerBound) to \(range.upperBound))")
        }
    }

    mutating func checkVocabulary<V: CaseIterableVocabulary>(_ value: V, at path: FieldPath, noun: String) {
        if !value.isKnown {
            let expected = V.knownRawValues.joined(separator: ", ")
            let suggestion = SpellingSuggestion.phrase(for: value.rawValue, among: V.knownRawValues).map { ", \($0)" } ?? ""
            add(path, "unknown \(noun) \(quoted(value.rawValue))\(suggestion) (expected one of: \(expected))")
        }
    }
}

private func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    // Bidirectional overrides and isolates can make text display in an order
    // other than the one it is stored in.
    case 0x202A...0x202E, 0x2066...0x2069: true
    // Line and paragraph separators break lines where no reader expects one.
    case 0x2028, 0x2029: true
    default: false
    }
}

func quoted(_ text: String) -> String {
    var escaped = ""
    for scalar in text.prefix(80).unicodeScalars {
        switch scalar {
        case "\"": escaped += "\\\""
        case "\\": escaped += "\\\\"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: escaped += "\\u{\(hex(scalar))}"
        default: escaped.unicodeScalars.append(scalar)
        }
    }
    return "\"\(escaped)\(text.count > 80 ? "…" : "")\""
}

private func hex(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}

private func formatted(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
}
