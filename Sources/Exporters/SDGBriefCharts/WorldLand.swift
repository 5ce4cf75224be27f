/// The countries of the world as the map chart draws them: Natural Earth's
/// 1:110m admin-0 outlines, embedded at build time from
/// `Assets/naturalearth/countries-110m.txt` (see the README beside it).
public enum WorldLand {
    /// The asset's text exactly as committed.
    public static var assetText: String { naturalEarthCountries110m }

    /// One degree is this many asset units.
    static let unitsPerDegree = 20.0

    /// Every outer ring, as (longitude, latitude) in degrees, decoded once.
    public static let rings: [[(longitude: Double, latitude: Double)]] = decode(naturalEarthCountries110m)

    /// Reads lines of Google-encoded polylines of (longitude, latitude)
    /// deltas; `#` lines are comments. Hand-written because the format is the
    /// ten lines below, and no package in reach reads it.
    static func decode(_ text: String) -> [[(longitude: Double, latitude: Double)]] {
        var rings: [[(longitude: Double, latitude: Double)]] = []
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            var numbers: [Int] = []
            var value = 0
            var shift = 0
            for byte in line {
                let chunk = Int(byte) - 63
                value |= (chunk & 0x1F) << shift
                shift += 5
                if chunk < 0x20 {
                    numbers.append(value & 1 == 1 ? ~(value >> 1) : value >> 1)
                    value = 0
                    shift = 0
                }
            }
            var x = 0
            var y = 0
            var ring: [(longitude: Double, latitude: Double)] = []
            ring.reserveCapacity(numbers.count / 2)
            for index in stride(from: 0, to: numbers.count - 1, by: 2) {
                x += numbers[index]
                y += numbers[index + 1]
                ring.append((Double(x) / unitsPerDegree, Double(y) / unitsPerDegree))
            }
            if ring.count >= 3 { rings.append(ring) }
        }
        return rings
    }
}
