import CCairoPango
import Foundation
import SDGBriefGraphics

/// A PNG decoded by libpng (through cairo's reader), to look at the pixels a
/// user's image viewer would show.
final class DecodedPNG {
    let width: Int
    let height: Int
    private let stride: Int
    private let bytes: [UInt8]

    init?(_ data: Data) {
        final class Reader {
            let data: Data
            var offset = 0
            init(_ data: Data) { self.data = data }
        }
        let reader = Reader(data)
        let read: cairo_read_func_t = { closure, buffer, length in
            let reader = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let count = Int(length)
            guard reader.offset + count <= reader.data.count, let buffer else { return CAIRO_STATUS_READ_ERROR }
            reader.data.copyBytes(to: buffer, from: reader.offset ..< reader.offset + count)
            reader.offset += count
            return CAIRO_STATUS_SUCCESS
        }
        let surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())
        }
        defer { cairo_surface_destroy(surface) }
        guard let surface, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32 || cairo_image_surface_get_format(surface) == CAIRO_FORMAT_RGB24
        else { return nil }
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        stride = Int(cairo_image_surface_get_stride(surface))
        bytes = Array(UnsafeBufferPointer(start: cairo_image_surface_get_data(surface), count: stride * height))
    }

    /// 0–255 components with alpha un-premultiplied.
    func pixel(x: Int, y: Int) -> (red: Int, green: Int, blue: Int, alpha: Int) {
        // Cairo's ARGB32 is a native-endian 32-bit word: B, G, R, A in memory here.
        let i = y * stride + x * 4
        let a = Int(bytes[i + 3])
        guard a > 0 else { return (0, 0, 0, 0) }
        func straight(_ v: UInt8) -> Int { (Int(v) * 255 + a / 2) / a }
        return (straight(bytes[i + 2]), straight(bytes[i + 1]), straight(bytes[i]), a)
    }

    /// The box of every pixel with any coverage, in pixels.
    func inkBounds() -> Rect? {
        var minX = Int.max, minY = Int.max, maxX = -1, maxY = -1
        for y in 0 ..< height {
            for x in 0 ..< width where bytes[y * stride + x * 4 + 3] > 0 {
                minX = min(minX, x); maxX = max(maxX, x)
                minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        guard maxX >= 0 else { return nil }
        return Rect(x: Double(minX), y: Double(minY), width: Double(maxX - minX + 1), height: Double(maxY - minY + 1))
    }
}
