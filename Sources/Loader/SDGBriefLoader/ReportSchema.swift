import SDGBriefCore

/// The shape of a report file, schema version 1. Mirrors the Codable model in
/// SDGBriefCore; the loader tests decode the bundled report through both.
public enum ReportSchema {
    public static let report: SchemaNode = .object([
        SchemaField("schemaVersion", .integer(description: "The schema version of this file: \(Report.currentSchemaVersion).")),
        SchemaField("id", .string(description: "A short machine name (lowercase letters, digits, '.', '_', '-'); output files are named after it."), rules: idRules),
        SchemaField("title", .localizedText(description: "The report's title.")),
        SchemaField("subtitle", .localizedText(description: "The report's subtitle."), required: false),
        SchemaField("publisher", .localizedText(description: "Who publishes the report."), required: false),
        SchemaField("awards", .array(of: award, description: "The awards the report draws its cases from."), required: false),
        SchemaField("introduction", .array(of: paragraph, description: "The introduction, one entry per paragraph."), required: false),
        SchemaField("figures", .array(of: metric, description: "Report-level figures: the statistics of the introduction."), required: false),
        SchemaField("cases", .array(of: reportCase, description: "The city practices, in the order the report presents them."), rules: [.minItems(1)]),
        SchemaField("conclusionsPreamble", .array(of: paragraph, description: "Paragraphs leading into the conclusions."), required: false),
        SchemaField("conclusions", .array(of: conclusion, description: "The numbered recommendations."), required: false),
        SchemaField("closing", .array(of: paragraph, description: "Paragraphs closing the report."), required: false),
    ])

    static let paragraph: SchemaNode = .localizedText(description: "A paragraph.")

    /// `ReportValidator`'s id rule, and its refusal of Windows device names.
    static let idRules: [SchemaRule] = [
        .pattern(ReportValidator.idPattern),
        .notPattern("^(" + ReportValidator.reservedFileNames.sorted().joined(separator: "|") + ")(\\.|$)"),
    ]
    static let valueRange = SchemaRule.range(0...ReportValidator.largestValue)
    static let yearRange = SchemaRule.range(Double(ReportValidator.plausibleYears.lowerBound)...Double(ReportValidator.plausibleYears.upperBound))
    /// A name, label or quote: something besides spaces, on one line, no control characters.
    static let nameRules: [SchemaRule] = [
        .pattern("\\S"), .notPattern("[\\n\\r]"), .notPattern(ReportValidator.forbiddenControlPattern), .maxLength(ReportValidator.longestName),
    ]

    static let award: SchemaNode = .object([
        SchemaField("id", .string(description: "The id cases use to name this award."), rules: idRules),
        SchemaField("name", .localizedText(description: "The award's full name.")),
        SchemaField("shortName", .localizedText(description: "The name as the report abbreviates it.")),
    ])

    static let reportCase: SchemaNode = .object([
        SchemaField("id", .string(description: "A short machine name, unique in the report."), rules: idRules),
        SchemaField("city", .localizedText(description: "The city (or state) that runs the practice.")),
        SchemaField("country", .localizedText(description: "The country.")),
        SchemaField("region", .localizedText(description: "The world region, for grouping.")),
        SchemaField("location", location, description: "Where the city is, in WGS 84 degrees."),
        SchemaField("practice", .localizedText(description: "The name of the practice.")),
        SchemaField("awards", .array(of: .string(description: "An award id."), description: "Ids of the awards the practice won."), required: false),
        SchemaField("sdgs", .array(of: sdgTag, description: "The goals the practice serves."),
                    rules: [.minItems(1), .contains(field: "role", value: SDGRole.primary.rawValue)]),
        SchemaField("partnership", .localizedText(description: "The report's SDG city partnership summary for the case.")),
        SchemaField("narrative", .array(of: paragraph, description: "The case's text, one entry per paragraph."), required: false),
        SchemaField("figures", .array(of: metric, description: "Every figure the case's text states."), required: false),
        SchemaField("milestones", .array(of: milestone, description: "Dated events."), required: false),
        SchemaField("partners", .array(of: partner, description: "Organisations the practice works with."), required: false),
    ])

    static let location: SchemaNode = .object([
        SchemaField("latitude", .number(description: "Degrees north, -90 to 90."), rules: [.range(-90...90)]),
        SchemaField("longitude", .number(description: "Degrees east, -180 to 180."), rules: [.range(-180...180)]),
    ])

    static let sdgTag: SchemaNode = .object([
        SchemaField("goal", .integer(description: "The goal number, 1 to 17."),
                    rules: [.range(Double(SDGCatalog.validNumbers.lowerBound)...Double(SDGCatalog.validNumbers.upperBound))]),
        SchemaField("role", .string(description: "primary: named in the partnership box or printed as the case's goal icon; related: named by the narrative.", allowed: SDGRole.knownRawValues)),
    ])

    static let metric: SchemaNode = .object([
        SchemaField("id", .string(description: "A short machine name, unique among the figures beside it."), rules: idRules),
        SchemaField("label", .localizedText(description: "What the figure counts, as a short caption.")),
        SchemaField("value", .number(description: "The value in base units: 10700000, not 1070万."), rules: [valueRange]),
        SchemaField("valueHigh", .number(description: "The upper end, when the source gives a range."), required: false, rules: [valueRange]),
        SchemaField("unit", .string(description: "The unit code.", allowed: MetricUnit.knownRawValues)),
        SchemaField("qualifier", .string(description: "How the source bounds it: exact, about, over, nearly, up_to (projected, from older files, means estimate: projected with an exact bound).", allowed: Qualifier.knownRawValues)),
        SchemaField("estimate", .string(description: "Whether the source projects (预计) or estimates (估计) the figure rather than measuring it; stands beside the qualifier, so a figure can be projected and up to at once.", allowed: MetricEstimate.knownRawValues), required: false),
        SchemaField("year", .integer(description: "The year the figure refers to, where the text gives one."), required: false, rules: [yearRange]),
        SchemaField("quote", .string(description: "The exact phrase of the source that states the figure."), rules: nameRules),
    ])

    static let milestone: SchemaNode = .object([
        SchemaField("year", .integer(description: "The year of the event."), rules: [yearRange]),
        SchemaField("title", .localizedText(description: "The event in a few words (about 12 Chinese characters or 40 Latin letters), for the timeline."), required: false),
        SchemaField("event", .localizedText(description: "What happened.")),
    ])

    static let partner: SchemaNode = .object([
        SchemaField("name", .localizedText(description: "The partner's name.")),
        SchemaField("sector", .string(description: "The kind of organisation.", allowed: Sector.knownRawValues)),
    ])

    static let conclusion: SchemaNode = .object([
        SchemaField("rank", .integer(description: "The position, from 1."), rules: [.range(1...Double(Int32.max))]),
        SchemaField("title", .localizedText(description: "The recommendation in a phrase.")),
        SchemaField("text", .localizedText(description: "The recommendation's text.")),
    ])
}
