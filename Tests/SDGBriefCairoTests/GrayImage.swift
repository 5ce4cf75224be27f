import Foundation

/// A binary PGM (P5) as `pdftoppm -gray` writes it: 0 is black ink.
struct GrayImage {
    let width: Int
    let height: Int
    let pixels: [UInt8]

    init?(pgm data: Data) {
        let bytes = [UInt8](data)
        var index = 0
        func token() -> String? {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
            let start = index
            while index < bytes.count, !(bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09) { index += 1 }
            return start < index ? String(decoding: bytes[start ..< index], as: UTF8.self) : nil
        }
        guard token() == "P5", let w = token().flatMap(Int.init), let h = token().flatMap(Int.init), token() == "255" else { return nil }
        index += 1
        guard bytes.count - index >= w * h else { return nil }
        width = w
        height = h
        pixels = Array(bytes[index ..< index + w * h])
    }

    /// Pixels darker than mid-grey inside the box, in pixel coordinates.
    func darkPixels(x: Int, y: Int, width boxWidth: Int, height boxHeight: Int) -> Int {
        var count = 0
        for row in max(0, y) ..< min(height, y + boxHeight) {
            for column in max(0, x) ..< min(width, x + boxWidth) where pixels[row * width + column] < 128 {
                count += 1
            }
        }
        return count
    }
}
