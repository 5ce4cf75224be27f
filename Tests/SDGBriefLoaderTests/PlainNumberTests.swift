import Testing
import Yams

@testable import SDGBriefLoader

@Suite struct PlainNumberTests {
    private func integer(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { PlainNumber.integer($0) }
    }

    private func number(_ text: String) -> Double? {
        var text = text
        return text.withUTF8 { PlainNumber.number($0) }
    }

    private func yams(_ text: String) -> Node.Scalar {
        Node.Scalar(text, .implicit, .plain)
    }

    /// Whatever the shortcut reads, it reads as Yams does.
    private func expectAsYams(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        if let value = integer(text) {
            #expect(value == Int.construct(from: yams(text)), "\(text)", sourceLocation: sourceLocation)
        }
        if let value = number(text) {
            let expected = Double.construct(from: yams(text))
            #expect(value.bitPattern == expected?.bitPattern, "\(text)", sourceLocation: sourceLocation)
        }
    }

    static let ordinary = ["0", "7", "-12", "2030", "9223372036854775807", "-9223372036854775808"]
    static let ordinaryNumbers = ["0", "-0", "1000", "1000.0", "1.5", "-0.5", "007.25", "1e3", "2.5E-7", "1e+20", "1e999"]
    static let unusual = [
        "012", "-0", "0x1F", "0o17", "0b101", "1_000", "+5", ".5", "5.", "1:30", ".inf", "-.inf", ".NaN", "",
        "-", "1e", "1.2.3", " 1", "1 ", "１", "9223372036854775808", "1e3.5", "e3", "--1", "0.5e", "1.5e+",
    ]

    @Test func readsOrdinaryNumbersItself() {
        for text in Self.ordinary {
            #expect(integer(text) != nil, "\(text)")
            expectAsYams(text)
        }
        for text in Self.ordinaryNumbers {
            #expect(number(text) != nil, "\(text)")
            expectAsYams(text)
        }
    }

    /// Anything Yams reads in a way of its own is left to Yams.
    @Test func leavesYamsOwnFormsToYams() {
        #expect(integer("012") == nil && Int.construct(from: yams("012")) == 10)
        #expect(integer("0x1F") == nil && integer("1_000") == nil && integer("1:30") == nil && integer("-0") == nil)
        #expect(number("1_000.5") == nil && number("1:30") == nil && number(".inf") == nil && number(".5") == nil)
        for text in Self.unusual { expectAsYams(text) }
        #expect(integer("9223372036854775808") == nil)
    }

    @Test func agreesWithYamsOnRandomValues() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let whole = Int.random(in: -1_000_000_000_000...1_000_000_000_000, using: &generator)
            expectAsYams(String(whole))
            let scaled = Double.random(in: -1...1, using: &generator) * pow10(Int.random(in: -12...18, using: &generator))
            expectAsYams(String(scaled))
            #expect(number(String(scaled)) != nil, "\(scaled)")
        }
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<abs(exponent)).reduce(1.0) { value, _ in exponent < 0 ? value / 10 : value * 10 }
    }
}
