import Foundation
import SDGBriefCore

/// Writes a synthetic report as YAML or JSON.
///
/// The YAML is written by hand rather than through Yams' encoder: block style
/// for the structure and flow style for the small maps (`city: {zh: "…"}`)
/// keeps a realistic case under 5 KB, so that even ten thousand cases stay a
/// file the loader accepts, and it streams case by case instead of building
/// a node tree of the whole report first. Strings are plain only where YAML cannot
/// read them otherwise, else double-quoted with JSON escapes, which YAML reads
/// the same, so no text can be mistaken for a number, a boolean or flow syntax.
public enum SynthEncoder {
    public enum Format: Sendable {
        case yaml
        case json

        /// JSON for a `.json` file, YAML otherwise.
        public init(path: String) {
            self = path.lowercased().hasSuffix(".json") ? .json : .yaml
        }
    }

    public static func encode(_ report: Report, as format: Format) -> Data {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            // Encoding plain strings and numbers cannot fail.
            return try! encoder.encode(report) + Data("\n".utf8)
        case .yaml:
            var out = ""
            out.reserveCapacity(4_096 + report.cases.count * 6_000)
            yaml(report, into: &out)
            return Data(out.utf8)
        }
    }

    static func yaml(_ report: Report, into out: inout String) {
        out += "# A synthetic report made by `sdgbrief synth`: realistic in shape, not in fact.\n"
        out += "schemaVersion: \(report.schemaVersion)\nid: \(scalar(report.id))\n"
        out += "title: \(text(report.title))\n"
        if let subtitle = report.subtitle { out += "subtitle: \(text(subtitle))\n" }
        if let publisher = report.publisher { out += "publisher: \(text(publisher))\n" }
        out += "awards:\n"
        for award in report.awards {
            out += "  - {id: \(scalar(award.id)), name: \(text(award.name)), shortName: \(text(award.shortName))}\n"
        }
        paragraphs("introduction", report.introduction, indent: "", into: &out)
        out += "cases:\n"
        for item in report.cases {
            out += "  - id: \(scalar(item.id))\n"
            out += "    city: \(text(item.city))\n    country: \(text(item.country))\n    region: \(text(item.region))\n"
            out += "    location: {latitude: \(number(item.location.latitude)), longitude: \(number(item.location.longitude))}\n"
            out += "    practice: \(text(item.practice))\n"
            out += "    awards: [\(item.awards.map(scalar).joined(separator: ", "))]\n"
            out += "    sdgs: [\(item.sdgs.map { "{goal: \($0.goal), role: \($0.role.rawValue)}" }.joined(separator: ", "))]\n"
            out += "    partnership: \(text(item.partnership))\n"
            paragraphs("narrative", item.narrative, indent: "    ", into: &out)
            out += "    figures:\n"
            for metric in item.figures {
                var fields = ["id: \(scalar(metric.id))", "label: \(text(metric.label))", "value: \(number(metric.value))"]
                if let high = metric.valueHigh { fields.append("valueHigh: \(number(high))") }
                fields.append("unit: \(metric.unit.rawValue)")
                // A projection with an exact bound in the one field older files
                // used, which reads back the same: ten thousand cases then stay
                // within the loader's size limit.
                if metric.estimate == .projected, metric.qualifier == .exact {
                    fields.append("qualifier: projected")
                } else {
                    fields.append("qualifier: \(metric.qualifier.rawValue)")
                    if let estimate = metric.estimate { fields.append("estimate: \(estimate.rawValue)") }
                }
                if let year = metric.year { fields.append("year: \(year)") }
                fields.append("quote: \(scalar(metric.quote))")
                out += "      - {\(fields.joined(separator: ", "))}\n"
            }
            out += "    milestones:\n"
            for milestone in item.milestones {
                out += "      - {year: \(milestone.year), event: \(text(milestone.event))}\n"
            }
            out += "    partners:\n"
            for partner in item.partners {
                out += "      - {name: \(text(partner.name)), sector: \(partner.sector.rawValue)}\n"
            }
        }
        paragraphs("conclusionsPreamble", report.conclusionsPreamble, indent: "", into: &out)
        out += "conclusions:\n"
        for conclusion in report.conclusions {
            out += "  - {rank: \(conclusion.rank), title: \(text(conclusion.title)), text: \(text(conclusion.text))}\n"
        }
        paragraphs("closing", report.closing, indent: "", into: &out)
    }

    private static func paragraphs(_ key: String, _ texts: [LocalizedText], indent: String, into out: inout String) {
        out += "\(indent)\(key):\n"
        for paragraph in texts { out += "\(indent)  - \(text(paragraph))\n" }
    }

    private static func text(_ text: LocalizedText) -> String {
        "{" + text.sortedTranslations.map { "\($0.language): \(scalar($0.text))" }.joined(separator: ", ") + "}"
    }

    /// Whole numbers without a fraction, so `4700000` is not written `4700000.0`.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Plain when YAML cannot read it as anything but this string: text that
    /// starts with a CJK character and holds none of YAML's flow or comment
    /// characters, or a lowercase id that is no keyword. Quoting every string
    /// cost some 2% of a file of ten thousand cases.
    static func scalar(_ string: String) -> String {
        guard let first = string.unicodeScalars.first else { return quoted(string) }
        let special = string.unicodeScalars.contains { $0.value < 0x20 || ",[]{}:#\"'&*!|>%@`\\".unicodeScalars.contains($0) }
        if first.value >= 0x3000, !special, !string.hasSuffix(" ") { return string }
        let isID = first.properties.isLowercase && first.isASCII
            && string.unicodeScalars.allSatisfy { ($0.isASCII && $0.properties.isLowercase) || ("0"..."9").contains($0) || $0 == "-" }
        if isID, !["true", "false", "null", "yes", "no", "on", "off", "y", "n"].contains(string) { return string }
        return quoted(string)
    }

    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
