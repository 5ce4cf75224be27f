import Foundation
import SDGBriefTestSupport
@testable import SDGBriefCairo
import SDGBriefGraphics
import Testing

@Suite struct TextEngineTests {
    @Test func resolvesEveryRoleToTheProjectsFont() throws {
        let engine = try TextEngine()
        #expect(engine.family(for: .sans) == "WenQuanYi Micro Hei")
        #expect(engine.family(for: .monospace) == "WenQuanYi Micro Hei Mono")
    }

    @Test func aFamilyThatIsNotInstalledIsNamedWithTheInstallCommand() {
        let families: [FontRole: String] = [.sans: "Sdgbrief Absent Sans", .monospace: "WenQuanYi Micro Hei Mono"]
        #expect {
            _ = try TextEngine(families: families)
        } throws: { error in
            guard case let .fontNotInstalled(family, resolvedTo, _) = error as? RenderError else { return false }
            let message = (error as! RenderError).description
            return family == "Sdgbrief Absent Sans" && resolvedTo != family
                && message.contains("apt-get install fonts-wqy-microhei")
        }
    }

    /// U+2603 is checked against fontconfig's own view of the font's
    /// coverage, so the test cannot pass by both sides being wrong.
    @Test func namesCharactersTheFontCannotDrawByCodePointAndPosition() throws {
        let fontconfig = try ExternalTool.run("fc-list", [":charset=2603", "family"])
        try #require(fontconfig.status == 0)
        try #require(!fontconfig.text.contains("WenQuanYi"), "WenQuanYi Micro Hei now covers U+2603; pick another test character")

        let engine = try TextEngine()
        let missing = engine.missingCharacters(in: "气候\u{2603}行动\u{1F600}", font: .sans)
        #expect(missing.map(\.codePoint) == ["U+2603", "U+1F600"])
        #expect(missing.map(\.offset) == [2, 5])
    }

    @Test func coveredTextAndInvisibleControlsAreNotReported() throws {
        let engine = try TextEngine()
        let text = "可持续发展目标（SDG）：清洁饮水、“伙伴关系”…… 2030年\n第二行\t€ © №"
        #expect(engine.missingCharacters(in: text, font: .sans).isEmpty)
        #expect(engine.missingCharacters(in: text, font: .monospace).isEmpty)
    }

    @Test func requiringGlyphsThrowsAnErrorThatQuotesTheText() throws {
        let engine = try TextEngine()
        #expect {
            try engine.requireGlyphs(for: "目标 \u{2603}", font: .sans)
        } throws: { error in
            (error as? RenderError)?.description == "The font “WenQuanYi Micro Hei” has no glyph for “\u{2603}” (U+2603) in “目标 \u{2603}”."
        }
    }
}

@Suite struct TextEngineHandoverTests {
    let style = TextStyle(size: 12, maxWidth: 200)
    let text = "城市是实现可持续发展目标的关键。"

    /// What one engine lays out and hands over, another draws as it is,
    /// and the first no longer holds, so no layout is used on two threads.
    @Test func handedOverLayoutsAreDrawnWithoutLayingTheTextOutAgain() throws {
        let helper = try TextEngine()
        let measurer = PangoTextMeasurer(handingOverFrom: helper)
        _ = measurer.measure(text, style: style)
        let made = helper.layout(text, style: style)
        let handed = try #require(measurer.takeLaidOutText())
        #expect(measurer.takeLaidOutText() == nil)

        let drawing = try TextEngine()
        drawing.adopt(handed)
        #expect(drawing.layout(text, style: style) === made)
        #expect(drawing.layoutsMade == 0)
        #expect(helper.layout(text, style: style) !== made)
        #expect(helper.layoutsMade == 2)
        drawing.releaseAdoptedText()
    }

    /// A part's last page is drawn with the next part's handover, so the
    /// one before is kept too, but no older one.
    @Test func theTwoLatestHandoversAreKept() throws {
        let helper = try TextEngine()
        let measurer = PangoTextMeasurer(handingOverFrom: helper)
        let drawing = try TextEngine()
        var made: [Layout] = []
        for index in 0 ..< 3 {
            made.append(helper.layout("\(text)\(index)", style: style))
            drawing.adopt(try #require(measurer.takeLaidOutText()))
        }
        #expect(drawing.layout("\(text)2", style: style) === made[2])
        #expect(drawing.layout("\(text)1", style: style) === made[1])
        #expect(drawing.layoutsMade == 0)
        #expect(drawing.layout("\(text)0", style: style) !== made[0])
        #expect(drawing.layoutsMade == 1)
        drawing.releaseAdoptedText()
    }

    /// Each handover takes its Pango context with it: drawing a layout
    /// writes to its context, so the maker's next layouts use a new one.
    @Test func eachHandoverTakesItsContextAlong() throws {
        let helper = try TextEngine()
        let measurer = PangoTextMeasurer(handingOverFrom: helper)
        let first = helper.context
        _ = measurer.measure(text, style: style)
        _ = try #require(measurer.takeLaidOutText())
        #expect(helper.context !== first)
        #expect(helper.context.fontMap === first.fontMap)
    }

    /// A handover the drawing engine gives back is freed by its maker at its
    /// next handover, not by the drawing thread.
    @Test func aGivenBackHandoverIsFreedByItsMaker() throws {
        let helper = try TextEngine()
        let measurer = PangoTextMeasurer(handingOverFrom: helper)
        let drawing = try TextEngine()
        weak var oldest: HandedOverLayouts?
        for index in 0 ..< 3 {
            _ = measurer.measure("\(text)\(index)", style: style)
            let handed = try #require(measurer.takeLaidOutText() as? HandedOverLayouts)
            if index == 0 { oldest = handed }
            drawing.adopt(handed)
        }
        // The third adoption gave the first back; the maker still holds it.
        #expect(oldest != nil)
        _ = measurer.measure("\(text)3", style: style)
        _ = measurer.takeLaidOutText()
        #expect(oldest == nil)
        drawing.releaseAdoptedText()
    }

    /// Once the maker has stopped, the drawing engine frees every handover
    /// it adopted, those given back and waiting included.
    @Test func releasingAdoptedTextFreesEveryHandover() throws {
        let drawing = try TextEngine()
        var handovers: [() -> HandedOverLayouts?] = []
        do {
            let helper = try TextEngine()
            let measurer = PangoTextMeasurer(handingOverFrom: helper)
            for index in 0 ..< 4 {
                _ = measurer.measure("\(text)\(index)", style: style)
                let handed = try #require(measurer.takeLaidOutText() as? HandedOverLayouts)
                weak let weakHanded = handed
                handovers.append { weakHanded }
                drawing.adopt(handed)
            }
        }
        // The maker freed the first at its fourth handover; the second waits
        // in its list, the last two are adopted. The maker is gone.
        #expect(handovers.map { $0() == nil } == [true, false, false, false])
        drawing.releaseAdoptedText()
        #expect(handovers.compactMap { $0() }.isEmpty)
    }

    /// An engine that is not handing over keeps only its cache.
    @Test func aPlainMeasurerHandsNothingOver() throws {
        let measurer = PangoTextMeasurer(engine: try TextEngine())
        _ = measurer.measure(text, style: style)
        #expect(measurer.takeLaidOutText() == nil)
    }
}
