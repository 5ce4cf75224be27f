import Foundation
@testable import SDGBriefCairo
import SDGBriefGraphics
import Testing

@Suite struct PangoTextMeasurerTests {
    let measurer: PangoTextMeasurer
    static let paragraph = "可持续发展目标是联合国全体会员国在二〇一五年通过的行动计划，旨在消除贫困、保护地球，并确保到二〇三〇年所有人都能享有和平与繁荣。"

    init() throws {
        measurer = try CairoRenderer().measurer
    }

    @Test func chineseWidthScalesWithSize() {
        let small = measurer.measure("城市伙伴关系", style: TextStyle(size: 24))
        let large = measurer.measure("城市伙伴关系", style: TextStyle(size: 48))
        // CJK ideographs are one em wide: six of them at 24 px are 144 px.
        #expect(abs(small.logical.width - 144) < 0.01)
        #expect(abs(large.logical.width - 2 * small.logical.width) < 0.01)
        #expect(large.logical.height > 1.9 * small.logical.height)
    }

    @Test func wrappingGivesMoreLinesWithinTheMaximumWidth() {
        let single = measurer.measure(Self.paragraph, style: TextStyle(size: 20))
        let wrapped = measurer.measure(Self.paragraph, style: TextStyle(size: 20, maxWidth: 300))
        #expect(single.lineCount == 1)
        #expect(wrapped.lineCount >= 4)
        #expect(wrapped.logical.width <= 300)
        #expect(wrapped.lines.allSatisfy { $0.logical.maxX <= 300 })
        #expect(wrapped.logical.height > 3.5 * single.logical.height)
    }

    @Test func maxLinesEllipsizesTheLastLine() {
        let clipped = measurer.measure(Self.paragraph, style: TextStyle(size: 20, maxWidth: 300, maxLines: 2))
        #expect(clipped.lineCount == 2)
        #expect(clipped.isEllipsized)
        #expect(!measurer.measure("短标题", style: TextStyle(size: 20, maxWidth: 300, maxLines: 2)).isEllipsized)
    }

    @Test func lineHeightSetsTheDistanceBetweenBaselines() {
        let metrics = measurer.measure(Self.paragraph, style: TextStyle(size: 10, lineHeight: 1.6, maxWidth: 200))
        let baselines = metrics.lines.map(\.baseline)
        for (upper, lower) in zip(baselines, baselines.dropFirst()) {
            #expect(abs(lower - upper - 16) < 0.01)
        }
        #expect(abs(metrics.logical.height - 16 * Double(metrics.lineCount)) < 0.01)
    }

    @Test func centeringPlacesTheTextInTheMiddleOfItsBox() {
        let metrics = measurer.measure("目标", style: TextStyle(size: 20, alignment: .center, maxWidth: 200))
        #expect(abs(metrics.logical.midX - 100) < 0.01)
    }

    /// Pango 1.50 spreads a whole-number leftover unevenly; with one extra unit
    /// of layout width every gap of a justified CJK line is the same.
    @Test(arguments: [203.0, 207.0, 211.0, 299.0, 250.5])
    func justifiedChineseLinesHaveEvenGaps(width: Double) throws {
        let engine = try TextEngine()
        let style = TextStyle(size: 10, alignment: .justify, maxWidth: width)
        let text = String(repeating: "城市伙伴关系推动目标落实", count: 6)
        let layout = engine.layout(text, style: style)
        let metrics = layout.metrics
        try #require(metrics.lineCount > 1)

        var xs: [Double] = []
        var byte = 0
        for character in text {
            let box = layout.characterBox(atByte: byte)
            guard box.minY == 0 else { break }
            xs.append(box.minX)
            byte += character.utf8.count
        }
        // Pango puts half a share of the extra space on each side of a
        // cluster and drops it at the line's ends, so only the gaps between
        // inner characters are alike.
        let advances = zip(xs, xs.dropFirst()).map { $1 - $0 }.dropFirst()
        let spread = (advances.max() ?? 0) - (advances.min() ?? 0)
        #expect(spread <= 1.0 / 1024, "advances \(advances)")
        // Justified lines end at the wrap width, give or take Pango's rounding.
        #expect(abs(metrics.lines[0].logical.maxX - width) < 0.05)
    }

    /// The extent a layout places text by is where the pixels land, at the
    /// canvas size and at 2×, because hinting is off.
    @Test(arguments: [1.0, 2.0])
    func measuredInkIsWhereThePNGHasInk(scale: Double) throws {
        let renderer = try CairoRenderer()
        let run = TextRun("城市伙伴关系 SDG 17", style: TextStyle(size: 48, weight: .bold), origin: Point(x: 20, y: 30), measuredBy: renderer.measurer)
        let drawing = Drawing(size: Size(width: 700, height: 150), marks: [.text(run)])
        let png = try #require(DecodedPNG(try renderer.renderPNG(drawing, scale: scale)))
        let drawn = try #require(png.inkBounds())
        let expected = run.inkExtent.scaled(by: scale)
        // Antialiasing reaches into the pixel an edge falls in, no further.
        #expect(abs(drawn.minX - expected.minX.rounded(.down)) <= 1)
        #expect(abs(drawn.minY - expected.minY.rounded(.down)) <= 1)
        #expect(abs(drawn.maxX - expected.maxX.rounded(.up)) <= 1)
        #expect(abs(drawn.maxY - expected.maxY.rounded(.up)) <= 1)
    }
}
