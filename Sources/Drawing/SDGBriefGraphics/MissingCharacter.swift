/// A character the font for a role cannot draw, where it occurs in the text.
public struct MissingCharacter: Sendable, Hashable, CustomStringConvertible {
    public var scalar: Unicode.Scalar
    /// Offset in Unicode scalars from the start of the text.
    public var offset: Int

    public init(scalar: Unicode.Scalar, offset: Int) {
        self.scalar = scalar
        self.offset = offset
    }

    /// `U+1F600`, the form font tools and character tables use.
    public var codePoint: String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    public var description: String { "“\(Character(scalar))” (\(codePoint))" }
}
