import Foundation
import SDGBriefCore

/// The bundled report pushed to what a valid report may hold: names and
/// titles far longer than any in it, unbroken Latin words and URLs in the
/// prose, a case with every goal, a case with nothing but its text, a dozen
/// milestones in one year, and figures from 0.004% to 10¹² US dollars.
enum ExtremeReport {
    static let longCity = "圣胡安-德洛斯-拉戈斯-德尔-马尔-帕西菲科-大都会区-北部-联合-市镇-共同体-特别行政区-可持续发展示范城市圈"
    static let longWord = "Supercalifragilisticexpialidociousnessextraordinarilylongwordwithoutanybreak"
    static let url = "https://www.example-city-network.org/partnerships/sustainable-development-goals/2030-agenda/reports/annual-review-2024.pdf"

    static func report() throws -> Report {
        var report = try BriefFixture.bundled()
        report.title = LocalizedText(zh: "城市伙伴关系与可持续发展目标：全球地方政府网络关于城市间合作、知识共享与地方落实二〇三〇年议程的年度综合评估报告")
        var cases = report.cases
        // An 80-character city in a long country, with a long practice title.
        cases[0].city = LocalizedText(zh: String(longCity.prefix(80)))
        cases[0].country = LocalizedText(zh: "大不列颠及北爱尔兰联合王国海外领地与皇家属地联合体")
        cases[0].practice = LocalizedText(zh: "通过跨部门、跨层级、跨国界的城市伙伴关系推动包容、安全、有抵御灾害能力和可持续的城市与人类住区建设的综合实践")
        cases[0].narrative[0] = LocalizedText(zh: "该城市与伙伴共同制定了 Eco-efficiency Ordinance for Sustainable Urban Development 条例，并在 \(url) 公布全部数据。"
            + "项目名称为 \(longWord)，参与方包括 ICLEI Local Governments for Sustainability 等组织。" + cases[0].narrative[0].zh)
        // Every goal.
        cases[1].sdgs = (1 ... 17).map { SDGTag(goal: $0, role: $0 % 3 == 0 ? .primary : .related) }
        // Nothing but its text.
        cases[2].figures = []
        cases[2].milestones = []
        cases[2].partners = []
        cases[2].awards = []
        // A dozen milestones in one year.
        cases[3].milestones = (1 ... 12).map { Milestone(year: 2019, event: LocalizedText(zh: "第\($0)项里程碑：市政府与伙伴城市签署合作备忘录并启动联合项目，覆盖社区、学校与企业。")) }
        // Figures from the tiny to the enormous.
        let template = cases[4].figures.first!
        cases[4].figures = [
            (0.004, MetricUnit.percent), (1e12, .usd), (123_456_789_012, .person), (0.5, .hectare), (9_999_999_999, .tonnePerYear), (1e9, .perSquareKilometre),
        ].enumerated().map { index, pair in
            var metric = template
            metric.id = "extreme-\(index)"
            metric.value = pair.0
            metric.valueHigh = nil
            metric.unit = pair.1
            metric.label = LocalizedText(zh: "极端数值测试项目第\(index + 1)项：用于检验版面在任何数量级下都不越界的指标名称")
            return metric
        }
        cases[5].partners = (0 ..< 9).map { Partner(name: LocalizedText(zh: "国际城市与地方政府联合组织亚太区可持续发展伙伴关系秘书处第\($0)办公室"), sector: $0 % 2 == 0 ? .international : .civil) }
        report.cases = cases
        return report
    }
}
