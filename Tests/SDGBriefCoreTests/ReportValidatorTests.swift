@testable import SDGBriefCore
import Testing

@Suite struct ReportValidatorTests {
    private func messages(_ change: (inout Report) -> Void) -> [String] {
        var report = ReportFixture.valid()
        change(&report)
        return ReportValidator().validate(report).map(\.description)
    }

    @Test func acceptsAValidReport() {
        #expect(messages { _ in }.isEmpty)
    }

    @Test(arguments: [0, 18, -1])
    func rejectsGoalsOutsideOneToSeventeen(goal: Int) {
        let found = messages { $0.cases[0].sdgs[0].goal = goal }
        #expect(found == ["cases[0].sdgs[0].goal: unknown SDG \(goal) (expected 1 to 17)"])
    }

    @Test func rejectsUnknownUnitListingTheKnownOnes() throws {
        let found = messages { $0.cases[0].figures[0].unit = MetricUnit(rawValue: "hectare") }
        let message = try #require(found.first)
        #expect(found.count == 1)
        #expect(message.hasPrefix("cases[0].figures[0].unit: unknown unit \"hectare\" (expected one of: person, usd, ha,"))
    }

    @Test func rejectsDuplicateCaseIDsNamingTheFirst() {
        let found = messages { $0.cases.append($0.cases[0]) }
        #expect(found == ["cases[1].id: duplicate id \"city-a\" (first used at cases[0])"])
    }

    @Test func rejectsAwardReferencesThatDoNotResolve() {
        let found = messages { $0.cases[0].awards = ["prize", "nobel"] }
        #expect(found == ["cases[0].awards[1]: unknown award \"nobel\" (the report's awards are: \"prize\")"])
    }

    @Test(arguments: [Double.nan, .infinity, -5, 1e300])
    func rejectsValuesThatAreNotPlausibleQuantities(value: Double) {
        let found = messages { $0.figures[0].value = value }
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("figures[0].value: ") == true)
    }

    @Test func rejectsYearsOutOfRange() {
        let found = messages { $0.cases[0].milestones[0].year = 20015 }
        #expect(found == ["cases[0].milestones[0].year: year 20015 out of range (expected 1800 to 2100)"])
    }

    /// A milestone's short title is optional; when given, it is a text like any other.
    @Test func checksAMilestoneTitleOnlyWhenItIsGiven() {
        #expect(ReportFixture.valid().cases[0].milestones.allSatisfy { $0.title == nil })
        #expect(messages { $0.cases[0].milestones[0].title = LocalizedText(["zh": "启动", "en": "Launch"]) }.isEmpty)
        #expect(messages { $0.cases[0].milestones[0].title = LocalizedText(["en": "Launch"]) }
            == ["cases[0].milestones[0].title.zh: missing Chinese text (every text needs a non-empty \"zh\")"])
        #expect(messages { $0.cases[0].milestones[0].title = LocalizedText(zh: "第一行\n第二行") }
            == ["cases[0].milestones[0].title.zh: line break in a name, label, title or quote (keep it on one line)"])
    }

    @Test func rejectsAnUnknownEstimateListingTheKnownOnes() {
        #expect(messages { $0.figures[0].estimate = .projected }.isEmpty)
        #expect(messages { $0.figures[0].estimate = MetricEstimate(rawValue: "guessed") }
            == ["figures[0].estimate: unknown estimate \"guessed\" (expected one of: projected, estimated)"])
    }

    @Test func rejectsMissingChineseText() {
        let found = messages { $0.cases[0].city = LocalizedText(["en": "City A"]) }
        #expect(found == ["cases[0].city.zh: missing Chinese text (every text needs a non-empty \"zh\")"])
    }

    /// Blank is whatever trimming whitespace and line breaks would empty, ideographic spaces included.
    @Test(arguments: [" ", "\u{3000}\n", "\t\r\n\u{A0}\u{2029}"])
    func rejectsChineseTextAndQuotesThatAreOnlyBlank(blank: String) {
        let found = messages {
            $0.cases[0].city = LocalizedText(zh: blank)
            $0.figures[0].quote = blank
        }
        #expect(found.contains("cases[0].city.zh: missing Chinese text (every text needs a non-empty \"zh\")"))
        #expect(found.contains { $0.hasPrefix("figures[0].quote: missing quote") })
        #expect(messages { $0.cases[0].city = LocalizedText(zh: "\u{3000}城 ") }.isEmpty)
    }

    @Test func rejectsControlCharactersAndBidiOverrides() {
        let found = messages {
            $0.title = LocalizedText(zh: "标题\u{7}")
            $0.cases[0].practice = LocalizedText(zh: "实践\u{202E}")
        }
        #expect(found == [
            "title.zh: control character U+0007 in text (only line breaks and tabs are allowed)",
            "cases[0].practice.zh: control character U+202E in text (only line breaks and tabs are allowed)",
        ])
    }

    @Test func rejectsIDsThatCouldEscapeADirectory() {
        let found = messages { $0.id = "../../etc/x" }
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("id: invalid id \"../../etc/x\"") == true)
    }

    /// An id names files: a final line break must not slip through, as it
    /// did while a regular expression (whose `$` matches before one) checked it.
    @Test(arguments: ["milan\n", "milan\r\n", "Milan", "-milan", String(repeating: "a", count: 65)])
    func rejectsIDsThatAreNotPlainFileNames(id: String) {
        let found = messages { $0.cases[0].id = id }
        #expect(found.contains { $0.contains("invalid id") }, "\(found)")
    }

    /// `idPattern` is the rule as the documentation and messages give it;
    /// the validator checks it by hand. On ids without line breaks (where
    /// `$` differs, above) the two agree.
    @Test(arguments: ["a", "0", "milan", "cape-town.2", "a_b", "Milan", "-x", "_a", ".a", "a b", "a/b", "é", "",
                      String(repeating: "a", count: 64), String(repeating: "a", count: 65)])
    func handCheckAgreesWithThePattern(id: String) {
        let matches = id.range(of: ReportValidator.idPattern, options: .regularExpression) != nil
        let accepted = !messages { $0.cases[0].id = id }.contains { $0.contains("invalid id") }
        #expect(matches == accepted)
    }

    @Test func acceptsIDsOfEveryAllowedCharacter() {
        #expect(messages { $0.cases[0].id = "a" }.isEmpty)
        #expect(messages { $0.cases[0].id = "0x_case-2.b" + String(repeating: "z", count: 53) }.isEmpty)
    }

    @Test func reportsEveryProblemNotJustTheFirst() {
        let found = messages {
            $0.cases[0].sdgs[0].goal = 0
            $0.cases[0].partners[0].sector = Sector(rawValue: "ngo")
            $0.conclusions[0].rank = 3
        }
        #expect(found.count == 3, "goal, sector and rank: \(found)")
    }

    @Test func requiresAPrimaryGoal() {
        let found = messages { $0.cases[0].sdgs = [SDGTag(goal: 11, role: .related)] }
        #expect(found == ["cases[0].sdgs: a case needs at least one primary SDG"])
    }

    @Test func rejectsARangeWhoseUpperValueIsNotAbove() {
        let found = messages { $0.figures[0].valueHigh = 10 }
        #expect(found == ["figures[0].valueHigh: upper value 10.0 is not above value 80.0"])
    }
}

@Suite struct ReportValidatorLengthTests {
    @Test func rejectsATitleTooLongForAnyCover() {
        var report = ReportFixture.valid()
        report.title = LocalizedText(zh: String(repeating: "长", count: 100_000))
        let found = ReportValidator().validate(report).map(\.description)
        #expect(found == ["title.zh: text is 100000 characters long; at most 300 fit a name, label or title"])
    }

    /// Limits count characters as a reader sees them, not bytes or scalars.
    @Test func countsCharactersNotBytesAgainstTheLimit() {
        var report = ReportFixture.valid()
        report.title = LocalizedText(zh: String(repeating: "长", count: 300))
        report.cases[0].city = LocalizedText(zh: String(repeating: "e\u{301}", count: 300))
        #expect(ReportValidator().validate(report).isEmpty)
        report.cases[0].city = LocalizedText(zh: String(repeating: "e\u{301}", count: 301))
        #expect(ReportValidator().validate(report).map(\.description) == [
            "cases[0].city.zh: text is 301 characters long; at most 300 fit a name, label or title"
        ])
    }

    @Test func allowsLongParagraphsUpToTheirOwnLimit() {
        var report = ReportFixture.valid()
        report.cases[0].narrative = [LocalizedText(zh: String(repeating: "文", count: 5_000))]
        #expect(ReportValidator().validate(report).isEmpty)
        report.cases[0].narrative = [LocalizedText(zh: String(repeating: "文", count: 20_001))]
        #expect(ReportValidator().validate(report).map(\.path.description) == ["cases[0].narrative[0].zh"])
    }
}

@Suite struct ReportValidatorCharacterTests {
    @Test func checksQuotesForControlCharactersToo() {
        var report = ReportFixture.valid()
        report.figures[0].quote = "约120公顷\u{1B}[2J"
        let found = ReportValidator().validate(report).map(\.description)
        #expect(found == ["figures[0].quote: control character U+001B in text (only line breaks and tabs are allowed)"])
    }

    @Test func keepsNamesLabelsAndQuotesOnOneLine() {
        var report = ReportFixture.valid()
        report.cases[0].city = LocalizedText(zh: "港城\n- 注入")
        report.cases[0].narrative = [LocalizedText(zh: "第一段\n第二段")]
        let found = ReportValidator().validate(report).map(\.description)
        #expect(found == ["cases[0].city.zh: line break in a name, label, title or quote (keep it on one line)"])
    }

    @Test(arguments: ["aux", "con.report", "lpt1"])
    func refusesIDsWindowsReservesForDevices(id: String) {
        var report = ReportFixture.valid()
        report.id = id
        let found = ReportValidator().validate(report).map(\.description)
        #expect(found == ["id: id \"\(id)\" is a device name on Windows and cannot name a file there; choose another"])
    }

    /// The byte scan must let through only texts the scalar check passes:
    /// every scalar near the refused ranges, alone and among Chinese.
    @Test func byteScanFindsEveryForbiddenControl() {
        let near: [ClosedRange<UInt32>] = [0x00...0xFF, 0x2000...0x20FF, 0xD7FF...0xD7FF, 0xE000...0xE0FF, 0x10000...0x10010]
        for range in near {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                for text in [String(scalar), "城市\(scalar)伙伴", "a\(scalar)"] {
                    let refused = text.unicodeScalars.contains { scalar in
                        switch scalar.value {
                        case 0x09, 0x0A: false
                        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
                        default: false
                        }
                    }
                    if refused { #expect(IssueCollector.mayHoldForbiddenControl(text), "U+\(String(value, radix: 16))") }
                }
            }
        }
        #expect(!IssueCollector.mayHoldForbiddenControl("“城市”与\t制表\n换行…—"))
    }

    @Test func lineBreaksAreFoundAsCharactersFindThem() {
        let pieces = ["a", "城", "\n", "\r", "\r\n", "\u{B}", "\u{C}", "\u{85}", "\u{2028}", "\u{2029}", "e\u{301}", "\u{301}", "\u{200D}", " ", "\u{2027}"]
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let text = first + second + third
                    #expect(IssueCollector.hasLineBreak(text) == text.contains(where: \.isNewline), "\(text.debugDescription)")
                }
            }
        }
    }
}
