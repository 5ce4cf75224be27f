import SDGBriefCore
import Testing

@Suite struct ReportTextFieldsTests {
    @Test func reachesEveryTextWithItsPath() {
        var report = ReportFixture.valid()
        report.cases[0].city = LocalizedText(["zh": "甲市", "en": "City A"])
        let fields = report.textFields()
        let paths = fields.map(\.path.description)
        #expect(paths.contains("cases[0].city.en") && paths.contains("cases[0].city.zh"))
        #expect(paths.contains("cases[0].figures[0].quote"))
        #expect(paths.contains("cases[0].partners[0].name.zh"))
        #expect(paths.contains("conclusions[0].text.zh"))
        #expect(fields.first { $0.path.description == "cases[0].milestones[0].event.zh" }?.text == "启动")
        #expect(!paths.contains { $0.hasPrefix("cases[0].milestones[0].title") }, "no title, nothing to visit")
        report.cases[0].milestones[0].title = LocalizedText(["zh": "启动", "en": "Launch"])
        let titled = report.textFields().map(\.path.description)
        #expect(titled.firstIndex(of: "cases[0].milestones[0].title.en").map { $0 < titled.firstIndex(of: "cases[0].milestones[0].event.zh")! } == true)
        #expect(titled.contains("cases[0].milestones[0].title.zh"))
    }

    @Test func listsEachTextOnce() {
        let paths = ReportFixture.valid().textFields().map(\.path)
        #expect(Set(paths).count == paths.count)
    }
}
