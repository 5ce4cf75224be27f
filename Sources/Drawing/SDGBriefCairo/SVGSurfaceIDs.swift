import Foundation

/// Cairo names SVG groups `surfaceN` from a process-wide counter, so the same
/// drawing gets different ids depending on what the process drew before.
/// Renumbering them in order of appearance makes the bytes reproducible.
///
/// Scans the bytes by hand: a regular expression over the text took 15% of a
/// full export's instructions (the charts' SVGs run to a megabyte each).
enum SVGSurfaceIDs {
    private static let name = Array("surface".utf8)
    private static let idPrefix = Array("id=\"".utf8)
    private static let hash = UInt8(ascii: "#")

    static func normalize(_ svg: Data) -> Data {
        let bytes = [UInt8](svg)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var index = 0
        var copiedUpTo = 0
        while index < bytes.count {
            // Only in the attribute forms cairo writes, `id="surfaceN"` and
            // `#surfaceN`, so text content is never touched.
            let prefix: Int
            if bytes[index] == hash {
                prefix = 1
            } else if bytes[index] == idPrefix[0], starts(bytes, with: idPrefix, at: index) {
                prefix = idPrefix.count
            } else {
                index += 1
                continue
            }
            let nameStart = index + prefix
            guard starts(bytes, with: name, at: nameStart) else {
                index += 1
                continue
            }
            let digitsStart = nameStart + name.count
            var digitsEnd = digitsStart
            while digitsEnd < bytes.count, (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(bytes[digitsEnd]) { digitsEnd += 1 }
            guard digitsEnd > digitsStart else {
                index += 1
                continue
            }
            let original = bytes[digitsStart ..< digitsEnd]
            let number = numbers[original] ?? {
                let next = numbers.count + 1
                numbers[original] = next
                return next
            }()
            out.append(contentsOf: bytes[copiedUpTo ..< digitsStart])
            out.append(contentsOf: String(number).utf8)
            copiedUpTo = digitsEnd
            index = digitsEnd
        }
        out.append(contentsOf: bytes[copiedUpTo...])
        return Data(out)
    }

    private static func starts(_ bytes: [UInt8], with prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for offset in prefix.indices where bytes[index + offset] != prefix[offset] { return false }
        return true
    }
}
