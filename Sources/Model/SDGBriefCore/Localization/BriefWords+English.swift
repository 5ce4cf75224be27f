extension BriefWords {
    /// The brief's words in English.
    public static let english = BriefWords(
        language: "en",
        languageName: "English",
        numbers: NumberWords(
            scaling: .thousands,
            units: [
                .person: UnitWord("person", plural: "people"),
                .usd: UnitWord("USD", beforeNumber: true),
                .hectare: UnitWord("ha"),
                .hectarePerYear: UnitWord("ha/year"),
                .tonne: UnitWord("t"),
                .tonnePerYear: UnitWord("t/year"),
                .percent: UnitWord("%", glued: true),
                .percentPerYear: UnitWord("%/year", glued: true),
                .kilometre: UnitWord("km"),
                .perSquareKilometre: UnitWord("people/km²"),
                .family: UnitWord("family", plural: "families"),
                .school: UnitWord("school", plural: "schools"),
                .organization: UnitWord("organisation", plural: "organisations"),
                .initiative: UnitWord("initiative", plural: "initiatives"),
                .city: UnitWord("city", plural: "cities"),
                .country: UnitWord("country", plural: "countries"),
                .settlement: UnitWord("informal settlement", plural: "informal settlements"),
                .times: UnitWord("times"),
                .count: UnitWord(""),
                .year: UnitWord("year", plural: "years"),
            ],
            qualifiers: [.exact: "", .about: "about", .over: "over", .nearly: "nearly", .upTo: "up to", .projected: "projected:"],
            estimates: [.projected: "projected:", .estimated: "estimated:"],
            wordSpace: " ",
            scales: ["million", "billion", "trillion"],
            rangeDash: "–"
        ),
        colon: ": ",
        listSeparator: ", ",
        clauseSeparator: ", ",
        itemSeparator: "; ",
        fullStop: ".",
        sentenceSpace: " ",
        headingGap: "  ",
        dotSeparator: " · ",
        parenthesized: { " (\($0))" },
        conjoined: { names in
            names.count <= 2 ? names.joined(separator: " and ") : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
        },
        cover: "Cover",
        contents: "Contents",
        introduction: "Introduction",
        cityCases: "City cases",
        charts: "Charts",
        conclusions: "Conclusions and recommendations",
        closing: "Closing remarks",
        atAGlance: "At a glance",
        keyFigures: "Key figures",
        caseLabel: { "Case \($0)" },
        caseNumber: { "Case " + (($0 < 10 ? "0" : "") + String($0)) },
        practice: "Practice",
        awards: "Awards",
        goals: "SDGs",
        partnership: "Partnership",
        partnershipBox: "SDG city partnership",
        milestones: "Milestones",
        partners: "Partners",
        primary: "primary",
        related: "related",
        primaryGoal: "Primary goal",
        relatedGoal: "Related goal",
        goalLabel: { "SDG \($0)" },
        goalName: { $0.nameEn },
        year: { String($0) },
        sectorNames: [
            .public: "Public sector", .private: "Private sector", .civil: "Civil society", .academic: "Academia",
            .international: "International organisations",
        ],
        figureColumn: "Figure",
        valueColumn: "Value",
        quoteColumn: "Source text",
        pageOf: { "Page \($0) of \($1)" },
        caseSources: "Sources of the cases",
        goalsAddressed: { "SDGs the cases address (\($0)/17), with the number of cases under each" },
        practicesOfCities: { "Practices from \(EnglishNumeral.string($0)) \($0 == 1 ? "city" : "cities")" },
        monthOfYear: { year, month in
            let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
            return (1...12).contains(month) ? "\(months[month - 1]) \(year)" : String(year)
        },
        moreCities: { "\($0) more \($0 == 1 ? "city" : "cities"): see the contents" },
        // The heading says what the number counts: "2 cases" wraps under a tile.
        caseTally: { "\($0)" },
        pageReference: { "\($0), page \($1)" },
        chart: ChartWords(
            titles: [
                "sdg-coverage": "Cases per Sustainable Development Goal",
                "sdg-matrix": "Cases and the Sustainable Development Goals",
                "awards": "Award-winning cases",
                "timeline": "Milestones of the cases",
                "key-figures": "Key figures",
                "partners": "Partners of each case",
                "population": "City population",
                "map": "Where the cases are",
            ],
            source: { "Source: \($0)" },
            cases: { "\($0) \($0 == 1 ? "case" : "cases")" },
            casesUnit: { $0 == 1 ? "case" : "cases" },
            casesHidden: { "\($0) more \($0 == 1 ? "case" : "cases") not shown" },
            coverageSubtitle: { "\($0) \($0 == 1 ? "case" : "cases") · \($1) \($1 == 1 ? "goal" : "goals") served" },
            matrixSubtitle: { "\($0) \($0 == 1 ? "case" : "cases") × 17 goals" },
            awardsSubtitle: { "\($0) \($0 == 1 ? "case" : "cases") · grouped by award" },
            timelineSubtitle: { "\($1) \($1 == 1 ? "milestone" : "milestones") of \($0) \($0 == 1 ? "case" : "cases")" },
            timelineHidden: { "\($1) \($1 == 1 ? "milestone" : "milestones") of \($0) more \($0 == 1 ? "case" : "cases") not shown" },
            keyFiguresSubtitle: "A headline result of each case",
            keyFiguresHidden: { " · \($0) more not shown" },
            partnersSubtitle: { "\($1) \($1 == 1 ? "partner" : "partners") of \($0) \($0 == 1 ? "case" : "cases") · by sector" },
            comparisonSubtitle: { "\($0) \($0 == 1 ? "case states" : "cases state") this figure" },
            comparisonMetric: { " · figure \($0)" },
            noData: "No data: ",
            noAward: "No award stated",
            jointAward: { "Both " + $0.joined(separator: " and ") },
            notListed: { count, unit in
                let noun = switch unit {
                case .cases: count == 1 ? "case" : "cases"
                case .goals: count == 1 ? "goal" : "goals"
                case .groups: count == 1 ? "group" : "groups"
                }
                return "\(count) more \(noun) not listed; the CSV tables hold all the data"
            },
            namesCut: { listed, count in
                listed.joined(separator: ", ") + (count > listed.count ? " and \(count - listed.count) more" : "")
            },
            coverageAlt: { "Bar chart: the Sustainable Development Goals that the \($0) \($0 == 1 ? "case serves" : "cases serve")." },
            coverageAltItem: { goal, name, primary, related in
                "SDG \(goal) \(name): \(primary + related) (\(primary) primary, \(related) related)"
            },
            coverageAltUnserved: { "No case serves the other \($0) \($0 == 1 ? "goal" : "goals")." },
            matrixAlt: {
                "Matrix: \($0) \($0 == 1 ? "case" : "cases") against the 17 Sustainable Development Goals; a filled square marks a primary goal, an outlined square a related goal."
            },
            matrixAltItem: { city, primary, related in
                let list = { (goals: [Int]) in goals.map { "SDG \($0)" }.joined(separator: ", ") }
                return "\(city): primary \(primary.isEmpty ? "none" : list(primary))" + (related.isEmpty ? "" : ", related \(list(related))")
            },
            awardsAlt: { "Groups: \($0) \($0 == 1 ? "case" : "cases") by the award won." },
            awardsAltItem: { group, count, names in "\(group), \(count): \(names)" },
            timelineAlt: { cases, first, last in
                let range = first.flatMap { first in last.map { " (\(first)–\($0))" } } ?? ""
                return "Timeline: the milestones of \(cases) \(cases == 1 ? "case" : "cases")\(range)."
            },
            timelineAltItem: { city, events in city + ": " + events.map { "\($0.year) \($0.event)" }.joined(separator: ", ") },
            keyFiguresAlt: "Key figures: a result of each case (the last figure the report gives that is not a population, a duration, a count of cities taking part or a projection).",
            keyFiguresAltItem: { city, label, value in "\(city), \(label): \(value)" },
            partnersAlt: "Stacked bar chart: each case's partners counted by sector (public, private, civil society, academia, international).",
            partnersAltItem: { city, total, sectors in
                let counts = sectors.map { "\($0.name) \($0.count)" }.joined(separator: ", ")
                return "\(city) \(total)" + (counts.isEmpty ? "" : " (\(counts))")
            },
            comparisonAlt: { "Bar chart: \($0), largest first." },
            comparisonAltItem: { city, value in "\(city) \(value)" },
            comparisonAltMissing: { "No data: \($0)." }
        )
    )
}
