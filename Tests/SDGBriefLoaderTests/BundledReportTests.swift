import Foundation
import SDGBriefCore
import Testing

@testable import SDGBriefLoader

/// Checks the bundled report against the text it transcribes,
/// `Assets/source-report.zh.txt`: every sentence, quote, goal and year.
@Suite struct BundledReportTests {
    // MARK: - The source

    /// The repository, three levels above this file.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The extracted text of the report, as lines and with its line breaks and
    /// blank lines removed (the form quotes and sentences are checked against).
    struct Source {
        var lines: [String]
        var joined: String

        static func load() throws -> Source {
            let url = BundledReportTests.repository.appendingPathComponent("Assets/source-report.zh.txt")
            let text = try String(contentsOf: url, encoding: .utf8)
            let lines = text.components(separatedBy: "\n")
            return Source(lines: lines, joined: lines.joined())
        }

        /// The case pages: from the heading of the first spread to the conclusions.
        func caseSection() throws -> String {
            let start = try #require(joined.range(of: "促进合作的创新性实践"))
            let end = try #require(joined.range(of: "结论", range: start.upperBound..<joined.endIndex))
            return String(joined[start.upperBound..<end.lowerBound])
        }
    }

    /// The case ids in the order of the case pages.
    static let caseOrder = [
        "odisha", "cape-town", "quito", "saint-louis", "rosario", "milan", "dar-es-salaam", "ahmedabad",
    ]

    // MARK: - Repairs the transcription makes

    /// A sentence that cannot appear verbatim in the source, and the pieces of
    /// the source it is made from.
    struct Repair {
        var sentence: String
        var sourceFragments: [String]
        var reason: String
    }

    static let repairs: [Repair] = [
        Repair(
            sentence: "项目经理埃马努埃莱•卡塞塞（Emmanuele Kasese）表示“尽管该计划的框架基于英国模式，但也要因地制宜。”",
            sourceFragments: ["项目经理埃马努埃莱•卡塞塞（Em-manuele Kasese）表示“尽管该计划的框架基于英国模式，但也要因地制宜。”"],
            reason: "Cape Town: the name is cut at the column edge as \"Em-/manuele\""
        ),
        Repair(
            sentence: "该条例还依靠与社区领袖和大学合作，以确定交通枢纽周边地区的规划参数，以及计算和回收这些地区发展所产生增值的方法。",
            sourceFragments: ["该条例还依靠与社区领袖和大学合作，以确定交通枢纽周边地区的", "规划参数，以及计算和回收这些地区发展所产生增值的方法。"],
            reason: "Quito: the extraction interleaves Saint-Louis's text inside this sentence"
        ),
        Repair(
            sentence: "来自50多个组织近8万人参与了该实践，其中包括地方当局代表、学者和环境专家，他们致力于支持当地私营部门、民间组织和社区组织。",
            sourceFragments: ["来自50多个组织近8万人参与了该", "实践，其中包括地方当局代表、学者和环境专家，他们致力于支持当地私营部门、民间组织和社区组织。"],
            reason: "Saint-Louis: the extraction interleaves Quito's text inside this sentence"
        ),
        Repair(
            sentence: "许多儿童在交通事故中丧生，受伤的儿童要么上不了课，要么终身残疾。",
            sourceFragments: ["许多儿童在交通事故中丧生，受伤的儿童要么上不了课，要么终身残疾"],
            reason: "Dar es Salaam: the extraction lost the full stop at the end of the paragraph"
        ),
    ]

    /// Text of the case pages the transcription leaves out on purpose (page
    /// furniture aside), with the reason.
    static let dropped: [(text: String, reason: String)] = [
        ("基", "Dar es Salaam: a stray character opening the box (\"基在坦桑尼亚，Amend……\")"),
    ]

    // MARK: - 1. Loading

    @Test func loadsWithEightCasesInPageOrderAndFiveRankedConclusions() throws {
        let report = try BundledReport.load()
        #expect(report.cases.map(\.id) == Self.caseOrder)
        #expect(report.conclusions.map(\.rank) == [1, 2, 3, 4, 5])
        for item in report.cases {
            #expect(!item.narrative.isEmpty, "\(item.id) has no narrative")
            #expect(!item.partners.isEmpty, "\(item.id) names no partners")
        }
    }

    // MARK: - 2. and 3. Figures

    @Test func everyQuoteOccursVerbatimInTheSource() throws {
        let report = try BundledReport.load()
        let source = try Source.load()
        for (owner, metric) in Self.allMetrics(report) {
            #expect(source.joined.contains(metric.quote), "\(owner).\(metric.id): quote not in the source: \(metric.quote)")
        }
    }

    @Test func everyQuoteStatesItsValue() throws {
        let report = try BundledReport.load()
        for (owner, metric) in Self.allMetrics(report) {
            #expect(
                NumberSpellings.states(metric.value, unit: metric.unit, in: metric.quote),
                "\(owner).\(metric.id): \(metric.quote) does not state \(metric.value) (tried \(NumberSpellings.candidates(metric.value, unit: metric.unit)))"
            )
            if let high = metric.valueHigh {
                #expect(
                    NumberSpellings.states(high, unit: metric.unit, in: metric.quote),
                    "\(owner).\(metric.id): \(metric.quote) does not state the upper value \(high)"
                )
            }
        }
    }

    /// Figures stored as "about" without 约 in their quote, because the value
    /// is a rounding of what the source says.
    static let roundedToAbout: [(owner: String, id: String, reason: String)] = [
        ("figures", "residents-lacking-basic-services", "三分之一 is stored as 33.3"),
    ]

    /// Every word by which the source bounds or forecasts a figure is held by
    /// the model, and nothing it does not say: 约 about, 超过 or …多 over, 近
    /// nearly, 高达 up to, each with 预计 or 目标 (projected) or 估计 (estimated)
    /// beside it where the quote has them ("预计可减少高达95%" is both).
    @Test func everyQualifyingWordOfAQuoteIsHeldAndNoOther() throws {
        let report = try BundledReport.load()
        var combined = 0
        for (owner, metric) in Self.allMetrics(report) {
            let quote = metric.quote
            let place = "\(owner).\(metric.id) (\(quote))"
            var bounds: [Qualifier] = []
            if quote.contains("约") { bounds.append(.about) }
            if quote.contains("超过") || Self.numberPhrases(of: metric).contains(where: { $0.hasSuffix("多") }) { bounds.append(.over) }
            if quote.contains("近") { bounds.append(.nearly) }
            if quote.contains("高达") { bounds.append(.upTo) }
            if Self.roundedToAbout.contains(where: { $0.owner == owner && $0.id == metric.id }) {
                #expect(bounds.isEmpty, "\(place): listed as rounded, but the quote bounds it")
                bounds = [.about]
            }
            #expect(bounds.count <= 1, "\(place): more than one bound")
            let estimate: MetricEstimate? =
                quote.contains("预计") || quote.contains("目标") ? .projected : quote.contains("估计") ? .estimated : nil
            switch (bounds.first, estimate) {
            case (let bound?, let estimate?):
                combined += 1
                #expect(metric.qualifier == bound && metric.estimate == estimate, "\(place): should be \(bound.rawValue) and \(estimate.rawValue)")
            case (let bound?, nil):
                #expect(metric.qualifier == bound && metric.estimate == nil, "\(place): should be \(bound.rawValue) only")
            case (nil, let estimate?):
                // No bound: for a projection, the schema's older single word says it as well.
                let legacy = estimate == .projected && metric.qualifier == .projected && metric.estimate == nil
                #expect(
                    legacy || (metric.qualifier == .exact && metric.estimate == estimate),
                    "\(place): should be \(estimate.rawValue) only"
                )
            case (nil, nil):
                #expect(metric.qualifier == .exact && metric.estimate == nil, "\(place): the quote states it as fact")
            }
        }
        // Rosario's emissions reduction, the one figure both forecast and bounded.
        #expect(combined == 1)
    }

    @Test func numberSpellingsRejectNearMisses() {
        #expect(NumberSpellings.states(1070_0000, unit: .usd, in: "已创收约1070万美元"))
        #expect(NumberSpellings.states(312_369, unit: .person, in: "人口超过312,369人"))
        #expect(NumberSpellings.states(33.3, unit: .percent, in: "三分之一的城市居民"))
        #expect(NumberSpellings.states(7, unit: .percentPerYear, in: "每年7％"))
        #expect(!NumberSpellings.states(50, unit: .tonnePerYear, in: "每年固碳350吨"))
        #expect(!NumberSpellings.states(312, unit: .person, in: "人口超过312,369人"))
        #expect(!NumberSpellings.states(5, unit: .count, in: "十五个"))
        #expect(!NumberSpellings.states(26, unit: .percent, in: "减少了26"))
        #expect(!NumberSpellings.states(1_000_000, unit: .usd, in: "已创收约1070万美元"))
    }

    // MARK: - 4. Goals

    @Test func primaryGoalsAreTheBoxGoalsAndTheSpreadIcons() throws {
        let report = try BundledReport.load()
        let source = try Source.load()
        let spreads = try Self.iconsBySpread(source)
        #expect(spreads.count == 4)
        let cases = Dictionary(uniqueKeysWithValues: report.cases.map { ($0.id, $0) })
        for (index, icons) in spreads.enumerated() where index * 2 + 1 < Self.caseOrder.count {
            let pair = try [Self.caseOrder[index * 2], Self.caseOrder[index * 2 + 1]].map { try #require(cases[$0]) }
            // Together the two pages of a spread carry exactly the icons it prints.
            #expect((pair[0].primaryGoals + pair[1].primaryGoals).sorted() == icons.sorted(), "spread \(index + 1): icons \(icons)")
            for (position, item) in pair.enumerated() {
                let named = Self.goalsNamed(afterGoalIn: item.partnership.zh)
                if !named.isEmpty {
                    #expect(item.primaryGoals == named, "\(item.id): the box names \(named)")
                } else {
                    // A box that names no goal gets the icons its neighbour's box does not claim.
                    var rest = icons
                    for goal in Self.goalsNamed(afterGoalIn: pair[1 - position].partnership.zh) {
                        if let at = rest.firstIndex(of: goal) { rest.remove(at: at) }
                    }
                    #expect(item.primaryGoals == rest, "\(item.id): icons left by its neighbour are \(rest)")
                }
            }
        }
    }

    /// Goals the text names by number but not in the box are related, and no
    /// others: a goal the text names only by words that echo its name (Saint-Louis's
    /// "保护陆地和水下生命", Rosario's hunger, Ahmedabad's "增进福祉") is not tagged.
    @Test func relatedGoalsAreExactlyTheGoalsTheTextNamesByNumber() throws {
        let report = try BundledReport.load()
        for item in report.cases {
            let text = ([item.partnership] + item.narrative).map(\.zh).joined()
            let named = Set(Self.goalsNamed(afterGoalIn: text))
            let expected = named.subtracting(item.primaryGoals)
            #expect(Set(item.relatedGoals) == expected, "\(item.id): related \(item.relatedGoals), text names \(named.sorted())")
        }
    }

    // MARK: - 5. Fidelity of text

    @Test func everySentenceOccursVerbatimOrIsAListedRepair() throws {
        let report = try BundledReport.load()
        let source = try Source.load()
        var texts: [(String, String)] = report.introduction.map { ("introduction", $0.zh) }
        texts += report.conclusionsPreamble.map { ("conclusionsPreamble", $0.zh) }
        texts += report.conclusions.flatMap { [("conclusion \($0.rank)", $0.title.zh), ("conclusion \($0.rank)", $0.text.zh)] }
        texts += report.closing.map { ("closing", $0.zh) }
        for item in report.cases {
            texts.append(("\(item.id).practice", item.practice.zh))
            texts.append(("\(item.id).partnership", item.partnership.zh))
            texts += item.narrative.map { ("\(item.id).narrative", $0.zh) }
        }
        let repaired = Set(Self.repairs.map(\.sentence))
        var used: Set<String> = []
        for (place, text) in texts {
            for sentence in Self.sentences(text) {
                if repaired.contains(sentence) {
                    used.insert(sentence)
                } else {
                    #expect(source.joined.contains(sentence), "\(place): not in the source: \(sentence)")
                }
            }
        }
        for repair in Self.repairs {
            #expect(!source.joined.contains(repair.sentence), "no longer needs repair (\(repair.reason)): \(repair.sentence)")
            #expect(used.contains(repair.sentence), "listed repair not in the report (\(repair.reason))")
            for fragment in repair.sourceFragments {
                #expect(source.joined.contains(fragment), "repair fragment not in the source: \(fragment)")
            }
        }
    }

    // MARK: - 6. Untangling

    /// Every character of the case pages is either claimed by exactly one case's
    /// text or is page furniture (headers, box headings, goal icons, page
    /// numbers) or a listed drop.
    @Test func everySentenceOfTheCasePagesIsPlacedInExactlyOneCase() throws {
        let report = try BundledReport.load()
        let section = try Array(Source.load().caseSection())
        var owner = [String?](repeating: nil, count: section.count)
        let repairs = Dictionary(uniqueKeysWithValues: Self.repairs.map { ($0.sentence, $0.sourceFragments) })

        for item in report.cases {
            for text in [item.partnership] + item.narrative {
                for sentence in Self.sentences(text.zh) {
                    for piece in repairs[sentence] ?? [sentence] {
                        let chars = Array(piece)
                        guard let start = Self.firstUnclaimed(chars, in: section, owner: owner) else {
                            Issue.record("\(item.id): \(piece) is not in the case pages, or another case already holds it")
                            continue
                        }
                        for offset in chars.indices { owner[start + offset] = item.id }
                    }
                }
            }
        }

        // What no case holds, run by run, must be page furniture.
        var leftover = ""
        var run = ""
        for (index, character) in section.enumerated() {
            if owner[index] == nil {
                run.append(character)
            } else if !run.isEmpty {
                leftover += Self.strippingFurniture(run, cases: report.cases) + "|"
                run = ""
            }
        }
        leftover += Self.strippingFurniture(run, cases: report.cases)
        for drop in Self.dropped {
            let range = leftover.range(of: drop.text)
            #expect(range != nil, "listed drop no longer left over: \(drop.reason)")
            if let range { leftover.removeSubrange(range) }
        }
        #expect(leftover.replacingOccurrences(of: "|", with: "").isEmpty, "case-page text no case holds: \(leftover)")
    }

    @Test func distinctiveTermsStayInTheirOwnCase() throws {
        let report = try BundledReport.load()
        func text(_ id: String) -> String {
            guard let item = report.cases.first(where: { $0.id == id }) else { return "" }
            return ([item.partnership] + item.narrative).map(\.zh).joined()
        }
        #expect(!text("quito").contains("红树林"))
        #expect(!text("saint-louis").contains("条例"))
        #expect(!text("rosario").contains("米兰"))
        #expect(!text("milan").contains("罗萨里奥"))
        #expect(!text("dar-es-salaam").contains("MHT"))
        #expect(!text("ahmedabad").contains("Amend"))
        for item in report.cases {
            for other in report.cases where other.id != item.id {
                #expect(!text(item.id).contains(other.city.zh), "\(item.id) mentions \(other.city.zh)")
            }
        }
    }

    // MARK: - 7. Years

    @Test func yearsArePlausibleAndMilestonesAreInTheirCaseText() throws {
        let report = try BundledReport.load()
        let plausible = 1990...2050
        for (owner, metric) in Self.allMetrics(report) {
            if let year = metric.year {
                #expect(plausible.contains(year), "\(owner).\(metric.id): year \(year)")
            }
        }
        for item in report.cases {
            let text = ([item.partnership] + item.narrative).map(\.zh).joined()
            for milestone in item.milestones {
                #expect(plausible.contains(milestone.year), "\(item.id): milestone year \(milestone.year)")
                #expect(text.contains("\(milestone.year)年"), "\(item.id): \(milestone.year) is not in the case text")
            }
        }
    }

    /// A milestone that restates a figure (its number with the word after it in
    /// the figure's quote, "18所", "3000多") carries the year the figure does:
    /// a figure whose sentence gives no year gives none to a milestone either.
    @Test func milestonesDateOnlyWhatTheFiguresTheyRestateDate() throws {
        let report = try BundledReport.load()
        var restated = 0
        for item in report.cases {
            for metric in item.figures {
                let phrases = Self.numberPhrases(of: metric)
                #expect(!phrases.isEmpty, "\(item.id).\(metric.id): no number found in \(metric.quote)")
                for milestone in item.milestones where phrases.contains(where: { milestone.event.zh.contains($0) }) {
                    restated += 1
                    #expect(metric.year == milestone.year, "\(item.id): the \(milestone.year) milestone restates \(metric.id), whose year is \(metric.year.map(String.init) ?? "not given")")
                }
            }
        }
        // Rosario's evacuees and land, Milan's priorities, Dar es Salaam's pilot,
        // funding and result, Ahmedabad's heatwave: the test reads them all.
        #expect(restated == 7)
    }

    // MARK: - 8. Partners

    /// Groups the text names as served by the practice, not working in it.
    static let supportedNotPartners: [(caseID: String, evidence: String, names: [String])] = [
        ("saint-louis", "他们致力于支持当地私营部门、民间组织和社区组织", ["当地私营部门", "民间组织", "社区组织"]),
    ]

    @Test func groupsThePracticeSupportsAreNotItsPartners() throws {
        let report = try BundledReport.load()
        for entry in Self.supportedNotPartners {
            let item = try #require(report.cases.first { $0.id == entry.caseID })
            #expect(item.narrative.map(\.zh).joined().contains(entry.evidence), "\(entry.caseID): no \(entry.evidence)")
            for name in entry.names {
                #expect(!item.partners.contains { $0.name.zh == name }, "\(entry.caseID): \(name) is a group the practice supports")
            }
        }
    }

    // MARK: - 9. The English edition

    /// Names the source gives only in Chinese, which an English text may keep
    /// as they are. None so far: every name the report uses has an English
    /// form of its own or translates plainly.
    static let chineseOnlyNames: [String] = []

    /// Every text has Chinese and English (quotes stay Chinese: they are the
    /// provenance), and no English text holds a Chinese character or a
    /// full-width punctuation mark outside a listed Chinese-only name.
    @Test func everyTextHasChineseAndEnglishAndTheEnglishIsEnglish() throws {
        let report = try BundledReport.load()
        var languages: [String: Set<String>] = [:]
        var english = 0
        report.forEachTextField { path, text in
            guard case .key(let last)? = path.components.last else {
                Issue.record("\(path): a text without a language or field name")
                return
            }
            if last == "quote" {
                #expect(Self.hasHan(text), "\(path): a quote is the source's Chinese")
                return
            }
            let field = FieldPath(Array(path.components.dropLast())).description
            languages[field, default: []].insert(last)
            guard last == "en" else { return }
            english += 1
            var rest = text
            for name in Self.chineseOnlyNames { rest = rest.replacingOccurrences(of: name, with: "") }
            #expect(!Self.hasHan(rest), "\(path): Chinese in the English text: \(text)")
            #expect(!rest.contains { "，。、；：（）《》【】！？".contains($0) }, "\(path): full-width punctuation in the English text: \(text)")
        }
        for (field, found) in languages.sorted(by: { $0.key < $1.key }) {
            #expect(found == ["zh", "en"], "\(field): languages \(found.sorted())")
        }
        // Every text field the report has, not a sample: the visitor reached them all.
        #expect(english == languages.count && english > 200)
    }

    static func hasHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isIdeographic }
    }

    /// Each milestone has a short title for the timeline, in both languages and
    /// short enough to read at a glance.
    @Test func everyMilestoneHasAShortTitleInBothLanguages() throws {
        let report = try BundledReport.load()
        let milestones = report.cases.flatMap { item in item.milestones.map { (item.id, $0) } }
        #expect(milestones.count == 21)
        for (caseID, milestone) in milestones {
            let place = "\(caseID) \(milestone.year)"
            let title = try #require(milestone.title, "\(place): no title")
            let zh = title.translations["zh"] ?? ""
            let en = title.translations["en"] ?? ""
            #expect((1...12).contains(zh.count), "\(place): \(zh) has \(zh.count) characters")
            #expect((1...40).contains(en.count), "\(place): \(en) has \(en.count) characters")
            #expect(zh.count <= milestone.event.zh.count, "\(place): the title is longer than the event")
        }
    }

    // MARK: - Helpers

    static func allMetrics(_ report: Report) -> [(String, Metric)] {
        report.figures.map { ("figures", $0) } + report.cases.flatMap { item in item.figures.map { (item.id, $0) } }
    }

    /// The number of `metric` as its quote writes it, with the character that
    /// follows it there ("18所", "3000多", "两所"; "26%" ends its quote).
    static func numberPhrases(of metric: Metric) -> [String] {
        let quote = Array(metric.quote)
        var phrases: [String] = []
        for spelling in NumberSpellings.candidates(metric.value, unit: metric.unit) {
            let chars = Array(spelling)
            guard chars.count <= quote.count else { continue }
            for start in 0...(quote.count - chars.count) where Array(quote[start..<(start + chars.count)]) == chars {
                let end = start + chars.count
                // Only the whole number: not "50" inside "350".
                guard NumberSpellings.states(metric.value, unit: metric.unit, in: String(quote[max(0, start - 1)..<min(quote.count, end + 1)])) else { continue }
                phrases.append(String(quote[start..<min(quote.count, end + 1)]))
            }
        }
        return phrases
    }

    /// Splits at 。！？ and ；, keeping closing quotes and brackets with the sentence they close.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var ended = false
        for character in text {
            if ended {
                if "”’」）)".contains(character) {
                    current.append(character)
                    continue
                }
                result.append(current)
                current = ""
                ended = false
            }
            current.append(character)
            if "。！？；".contains(character) { ended = true }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append(current) }
        return result
    }

    /// Goal numbers written after "可持续发展目标" or "目标" ("目标 8和9", "目标1、5和13", "目标5,12").
    static func goalsNamed(afterGoalIn text: String) -> [Int] {
        var goals: [Int] = []
        var rest = Substring(text)
        while let found = rest.range(of: "目标") {
            var index = found.upperBound
            var digits = ""
            while index < rest.endIndex, "0123456789、,，和与 ".contains(rest[index]) {
                let character = rest[index]
                if character.isASCII, character.isNumber {
                    digits.append(character)
                } else if !digits.isEmpty {
                    if let goal = Int(digits), !goals.contains(goal) { goals.append(goal) }
                    digits = ""
                }
                index = rest.index(after: index)
            }
            if let goal = Int(digits), !goals.contains(goal) { goals.append(goal) }
            rest = rest[found.upperBound...]
        }
        return goals
    }

    /// The goal icons printed with each two-page spread, in print order. The
    /// extraction places their labels just before the next spread's page
    /// numbers (" 03 04…") or the conclusions heading, after the last sentence.
    static func iconsBySpread(_ source: Source) throws -> [[Int]] {
        let names = SDGCatalog.goals.sorted { $0.nameZh.count > $1.nameZh.count }
        var spreads: [[Int]] = []
        for (index, line) in source.lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let isMarker = trimmed == "结论"
                || trimmed.range(of: #"^\d\d \d\d"#, options: .regularExpression) != nil
            guard isMarker else { continue }
            var labels: [String] = []
            var back = index - 1
            while back >= 0 {
                let text = source.lines[back].trimmingCharacters(in: .whitespaces)
                if text.hasSuffix("。") { break }
                labels.insert(text, at: 0)
                back -= 1
            }
            var rest = Substring(labels.joined().filter { !$0.isWhitespace })
            var icons: [Int] = []
            while !rest.isEmpty {
                let goal = try #require(names.first { rest.hasPrefix($0.nameZh) }, "unreadable icon labels: \(rest)")
                icons.append(goal.number)
                rest = rest.dropFirst(goal.nameZh.count)
            }
            spreads.append(icons)
        }
        return spreads
    }

    static func firstUnclaimed(_ piece: [Character], in text: [Character], owner: [String?]) -> Int? {
        guard !piece.isEmpty, piece.count <= text.count else { return nil }
        for start in 0...(text.count - piece.count) {
            if text[start] == piece[0],
               Array(text[start..<(start + piece.count)]) == piece,
               owner[start..<(start + piece.count)].allSatisfy({ $0 == nil }) {
                return start
            }
        }
        return nil
    }

    /// Removes the case pages' furniture from text no case holds: the pages'
    /// "国家，城市" and "实践：…" headers, the box headings, icon labels and page numbers.
    static func strippingFurniture(_ run: String, cases: [Case]) -> String {
        var text = run
        func remove(_ pattern: String) {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        for item in cases {
            remove(NSRegularExpression.escapedPattern(for: item.country.zh) + "，[^，。：]*?(?=实践：)")
        }
        for item in cases {
            remove("实践：" + NSRegularExpression.escapedPattern(for: item.practice.zh) + "(（[^）]*）)*")
        }
        remove("可持续发展目标城市(合作)?伙伴关系：")
        for goal in SDGCatalog.goals.sorted(by: { $0.nameZh.count > $1.nameZh.count }) {
            remove(NSRegularExpression.escapedPattern(for: goal.nameZh))
        }
        remove(#"\d\d \d\d"#)
        return text.filter { !$0.isWhitespace }
    }
}

/// The ways the source writes a number: "1300", "312,369", "1070万", "23亿",
/// "26%", "7％", "九", "两", "三分之一".
enum NumberSpellings {
    static let chineseDigits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    static let chineseNumeralCharacters = Set("〇零一二三四五六七八九十百千万亿两")

    static func candidates(_ value: Double, unit: MetricUnit) -> [String] {
        let isPercent = unit == .percent || unit == .percentPerYear
        var numbers = arabic(value)
        if isPercent {
            var spellings = numbers.flatMap { [$0 + "%", $0 + "％"] }
            let fractions: [(Double, String)] = [(50, "一半"), (25, "四分之一"), (33.3, "三分之一")]
            spellings += fractions.filter { $0.0 == value }.map(\.1)
            return spellings
        }
        for (scale, suffix) in [(1e8, "亿"), (1e4, "万")] where value >= scale {
            numbers.append(decimal(value / scale) + suffix)
        }
        return numbers + chinese(value)
    }

    static func arabic(_ value: Double) -> [String] {
        guard value == value.rounded() else { return [decimal(value)] }
        let plain = String(Int(value))
        guard plain.count > 3 else { return [plain] }
        var grouped = ""
        for (index, digit) in plain.enumerated() {
            if index > 0, (plain.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return [plain, grouped]
    }

    static func decimal(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// 1–99 in Chinese numerals, and 两 for 2.
    static func chinese(_ value: Double) -> [String] {
        guard value == value.rounded(), (1...99).contains(value) else { return [] }
        let number = Int(value)
        let tens = number / 10
        let ones = number % 10
        var text = ""
        if tens > 1 { text.append(chineseDigits[tens]) }
        if tens > 0 { text.append("十") }
        if ones > 0 { text.append(chineseDigits[ones]) }
        return number == 2 ? [text, "两"] : [text]
    }

    /// Whether `quote` writes `value` as a whole number, not as part of a larger one.
    static func states(_ value: Double, unit: MetricUnit, in quote: String) -> Bool {
        let text = Array(quote)
        for candidate in candidates(value, unit: unit) {
            let spelling = Array(candidate)
            guard spelling.count <= text.count else { continue }
            for start in 0...(text.count - spelling.count) where Array(text[start..<(start + spelling.count)]) == spelling {
                let before = start > 0 ? text[start - 1] : nil
                let end = start + spelling.count
                let after = end < text.count ? text[end] : nil
                let afterNext = end + 1 < text.count ? text[end + 1] : nil
                if spelling[0].isASCII, spelling[0].isNumber {
                    if let before, before.isASCII, before.isNumber || before == "." || before == "," { continue }
                }
                if let last = spelling.last, last.isASCII, last.isNumber, let after {
                    if after.isASCII, after.isNumber { continue }
                    if after == "." || after == ",", let afterNext, afterNext.isASCII, afterNext.isNumber { continue }
                }
                if chineseNumeralCharacters.contains(spelling[0]) {
                    if let before, chineseNumeralCharacters.contains(before) { continue }
                    if let after, chineseNumeralCharacters.contains(after) { continue }
                }
                return true
            }
        }
        return false
    }
}
