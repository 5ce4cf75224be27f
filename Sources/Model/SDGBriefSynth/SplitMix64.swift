/// A small seedable generator for synthetic reports.
///
/// The standard library's `SystemRandomNumberGenerator` cannot be seeded, and a
/// synthetic report must come out byte for byte the same from the same seed on
/// every machine and Swift version. SplitMix64 is a dozen lines, passes
/// BigCrush, and its output is fully specified, so it is written out here
/// rather than taken from a package.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range`, without the standard library's `random(in:using:)`,
    /// whose algorithm may change between Swift versions and with it the bytes.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next() % span)
    }

    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0 ... items.count - 1)]
    }

    /// A double in [0, 1) from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }
}
