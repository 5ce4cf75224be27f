import Foundation
import Testing

@Suite struct ShowCommandTests {
    @Test func printsTheBriefWrappedToTheWidth() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["show", "--width", "40"], in: directory)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("城市伙伴关系与可持续发展目标"))
        let widest = result.standardOutput.split(separator: "\n").map(columns).max() ?? 0
        #expect(widest <= 40)
    }

    @Test func rejectsAnAbsurdWidth() throws {
        let directory = try SDGBriefBinary.temporaryDirectory()
        let result = try SDGBriefBinary.run(["show", "--width", "3"], in: directory)
        #expect(result.status == 64)
    }

    /// Terminal columns as wcwidth counts them: East Asian Wide and Fullwidth
    /// characters take two, ambiguous ones such as “ ” take one.
    private func columns(_ line: Substring) -> Int {
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        ]
        return line.unicodeScalars.reduce(0) { total, scalar in
            total + (wide.contains { $0.contains(scalar.value) } ? 2 : 1)
        }
    }
}
