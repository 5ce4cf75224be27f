import SDGBriefCore

/// Makes a report of any number of cases shaped like the bundled one, for
/// measuring how sdgbrief scales: narratives of about 900 characters in two
/// or three paragraphs, two to four goals with at least one primary, five to
/// fifteen figures, milestones, partners across sectors and awards. The same
/// seed gives the same report.
public struct ReportSynthesizer: Sendable {
    public let seed: UInt64
    /// Whether every text has English beside its Chinese, for trying English
    /// editions at scale. The Chinese of a seed is the same either way.
    public let english: Bool

    public init(seed: UInt64 = 1, english: Bool = false) {
        self.seed = seed
        self.english = english
    }

    static let awards = [
        Award(id: "guangzhou-award", name: LocalizedText(zh: "广州国际城市创新奖"), shortName: LocalizedText(zh: "广州奖")),
        Award(id: "wri-ross-prize", name: LocalizedText(zh: "世界资源研究所罗斯可持续城市奖"), shortName: LocalizedText(zh: "罗斯可持续城市奖")),
    ]

    public func report(cases count: Int) -> Report {
        var random = SplitMix64(seed: seed)
        var cases: [Case] = []
        cases.reserveCapacity(count)
        for index in 0 ..< count {
            cases.append(synthesizeCase(index, &random))
        }
        var report = Report(
            id: "synthetic-\(count)",
            title: LocalizedText(zh: "城市伙伴关系与可持续发展目标（合成数据）"),
            subtitle: LocalizedText(zh: "\(count)个城市案例"),
            publisher: LocalizedText(zh: "sdgbrief 合成报告"),
            awards: Self.awards,
            introduction: [LocalizedText(zh: paragraph(&random, sentences: 5))],
            figures: [],
            cases: cases,
            conclusionsPreamble: [LocalizedText(zh: paragraph(&random, sentences: 3))],
            conclusions: (1 ... 3).map { rank in
                Conclusion(rank: rank, title: LocalizedText(zh: "加强城市间的伙伴关系（\(rank)）"), text: LocalizedText(zh: paragraph(&random, sentences: 3)))
            },
            closing: [LocalizedText(zh: paragraph(&random, sentences: 2))]
        )
        if english {
            var translator = SynthEnglish(seed: seed)
            translator.translate(&report)
        }
        return report
    }

    private func synthesizeCase(_ index: Int, _ random: inout SplitMix64) -> Case {
        let place = random.pick(SynthPhrases.countries)
        let city = random.pick(SynthPhrases.cityStems) + random.pick(SynthPhrases.cityStems) + random.pick(SynthPhrases.citySuffixes)
        let practice = random.pick(SynthPhrases.practiceTopics) + random.pick(SynthPhrases.practiceObjects) + random.pick(SynthPhrases.practiceForms)

        var goals = Array(1 ... 17)
        var tags: [SDGTag] = []
        for position in 0 ..< random.int(in: 2 ... 4) {
            let goal = goals.remove(at: random.int(in: 0 ... goals.count - 1))
            tags.append(SDGTag(goal: goal, role: position == 0 || random.int(in: 0 ... 2) == 0 ? .primary : .related))
        }
        let primary = tags.filter { $0.role == .primary }.map { String($0.goal) }.joined(separator: "和")
        let partnership = "\(city)展示了城市如何通过与\(random.pick(SynthPhrases.subjects))合作，\(random.pick(SynthPhrases.objects))，从而\(random.pick(SynthPhrases.results))。（可持续发展目标\(primary)）"

        // Some 850 to 900 characters over two or three paragraphs: the longer
        // bundled cases have 900 to 1,050, the mean is 740.
        let paragraphCount = random.int(in: 2 ... 3)
        var narrative: [LocalizedText] = []
        var length = 0
        for number in 0 ..< paragraphCount {
            let target = (880 - length) / (paragraphCount - number)
            var text = number == 0 ? "\(city)（人口\(random.int(in: 5 ... 900))万）" : ""
            // Sentences while they fit, so paragraphs come out near the target, not over it.
            var misses = 0
            while misses < 4 {
                let next = sentence(&random)
                if text.count + next.count <= target + 10 || text.count < target / 2 {
                    text += next
                } else {
                    misses += 1
                }
            }
            length += text.count
            narrative.append(LocalizedText(zh: text))
        }

        var figureKinds = SynthPhrases.figureLabels
        let figures = (0 ..< random.int(in: 5 ... 15)).map { number -> Metric in
            let kind = figureKinds.remove(at: random.int(in: 0 ... figureKinds.count - 1))
            return metric(kind, id: "f\(number + 1)", &random)
        }
        let firstYear = random.int(in: 1995 ... 2015)
        let milestones = (0 ..< random.int(in: 1 ... 4)).map { step in
            Milestone(year: firstYear + step * random.int(in: 1 ... 3), event: LocalizedText(zh: city + random.pick(SynthPhrases.milestoneEvents)))
        }
        var partnerKinds = SynthPhrases.partnerStems
        let partners = (0 ..< random.int(in: 2 ... 6)).map { _ -> Partner in
            let kind = partnerKinds.remove(at: random.int(in: 0 ... partnerKinds.count - 1))
            let name = kind.1 == "public" || kind.1 == "civil" ? city + kind.0 : kind.0
            return Partner(name: LocalizedText(zh: name), sector: Sector(rawValue: kind.1))
        }
        let awards: [String] = switch random.int(in: 0 ... 3) {
        case 0: ["wri-ross-prize"]
        case 1: ["guangzhou-award", "wri-ross-prize"]
        default: ["guangzhou-award"]
        }
        return Case(
            id: "case-\(index + 1)",
            city: LocalizedText(zh: city),
            country: LocalizedText(zh: place.country),
            region: LocalizedText(zh: place.region),
            location: GeoPoint(
                latitude: Double(random.int(in: place.latitude.lowerBound * 100 ... place.latitude.upperBound * 100)) / 100,
                longitude: Double(random.int(in: place.longitude.lowerBound * 100 ... place.longitude.upperBound * 100)) / 100
            ),
            practice: LocalizedText(zh: practice),
            awards: awards,
            sdgs: tags,
            partnership: LocalizedText(zh: partnership),
            narrative: narrative,
            figures: figures,
            milestones: milestones,
            partners: partners
        )
    }

    private func metric(_ kind: (label: String, unit: String, range: ClosedRange<Int>), id: String, _ random: inout SplitMix64) -> Metric {
        let unit = MetricUnit(rawValue: kind.unit)
        var value = Double(random.int(in: kind.range))
        // Large figures in reports are round: 470万, not 4,700,123.
        if value >= 10_000 { value = (value / 1_000).rounded() * 1_000 }
        if kind.unit == "percent", random.int(in: 0 ... 2) == 0 { value += Double(random.int(in: 1 ... 9)) / 10 }
        let qualifier = random.pick(Qualifier.known)
        let year = random.int(in: 0 ... 1) == 0 ? random.int(in: 2000 ... 2023) : nil
        var metric = Metric(id: id, label: LocalizedText(zh: kind.label), value: value, unit: unit, qualifier: qualifier, year: year, quote: "")
        if kind.unit == "times", random.int(in: 0 ... 3) == 0 { metric.valueHigh = value + Double(random.int(in: 1 ... 3)) }
        // The phrase a source would state it with, as the formatter reads it.
        metric.quote = kind.label + MetricFormatter().string(metric)
        return metric
    }

    private func sentence(_ random: inout SplitMix64) -> String {
        let opening = random.int(in: 0 ... 2) == 0 ? random.pick(SynthPhrases.contexts) + "，" : random.pick(SynthPhrases.connectives)
        return opening + random.pick(SynthPhrases.subjects) + random.pick(SynthPhrases.verbs) + random.pick(SynthPhrases.objects)
            + "，" + random.pick(SynthPhrases.results) + "。"
    }

    private func paragraph(_ random: inout SplitMix64, sentences: Int) -> String {
        (0 ..< sentences).map { _ in sentence(&random) }.joined()
    }
}
