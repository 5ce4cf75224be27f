internal import CCairoPango
import CSystemZlib
import Foundation

/// Encodes a Cairo image surface as a PNG with zlib directly.
///
/// `cairo_surface_write_to_png` lets libpng try every row filter and
/// compresses at zlib's default level; on a 3840×2160 chart that was 80% of
/// the time (callgrind and perf: libpng's filter heuristics and deflate). A
/// chart is flat colour with antialiased edges: the Sub filter turns its runs
/// into zeros, which the fastest deflate level compresses nearly as well as
/// the default, at a fraction of the time.
enum PNGEncoder {
    static let compressionLevel: Int32 = 1
    private static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    private static let chunkSize = 256 * 1024

    /// The surface's pixels as 8-bit RGBA (colour type 6), un-premultiplied
    /// the way Cairo's own writer does it.
    /// `level` is zlib's compression level; other values than the default
    /// serve only to test how a zlib failure is reported.
    static func encode(_ surface: OpaquePointer, level: Int32 = compressionLevel) throws(RenderError) -> Data {
        cairo_surface_flush(surface)
        guard cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32, let pixels = cairo_image_surface_get_data(surface) else {
            throw RenderError.misuse("PNG encoding needs an ARGB32 image surface.")
        }
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))

        var png = Data(signature)
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, 6, 0, 0, 0])  // depth, RGBA, deflate, adaptive filtering, no interlace
        appendChunk("IHDR", header, to: &png)

        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RenderError.compression("zlib could not start compressing")
        }
        defer { deflateEnd(&stream) }

        let rowBytes = 1 + width * 4
        var row = [UInt8](repeating: 0, count: rowBytes)
        var out = [UInt8](repeating: 0, count: chunkSize)
        var failed = false
        for y in 0 ..< height {
            let source = UnsafeRawPointer(pixels + y * stride).assumingMemoryBound(to: UInt32.self)
            row.withUnsafeMutableBufferPointer { Self.filterRow(source, width: width, into: $0) }
            let last = y == height - 1
            row.withUnsafeMutableBufferPointer { input in
                stream.next_in = input.baseAddress
                stream.avail_in = UInt32(rowBytes)
                repeat {
                    out.withUnsafeMutableBufferPointer { output in
                        stream.next_out = output.baseAddress
                        stream.avail_out = UInt32(chunkSize)
                        let status = deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH)
                        if status == Z_STREAM_ERROR { failed = true }
                        let produced = chunkSize - Int(stream.avail_out)
                        if produced > 0 { appendChunk("IDAT", Data(output.prefix(produced)), to: &png) }
                    }
                } while !failed && (stream.avail_out == 0 || (last && stream.avail_in > 0))
            }
            if failed { throw RenderError.compression("zlib failed while compressing") }
        }
        appendChunk("IEND", Data(), to: &png)
        return png
    }

    /// One row as RGBA with the Sub filter: each byte minus the same byte of
    /// the pixel to its left.
    private static func filterRow(_ source: UnsafePointer<UInt32>, width: Int, into row: UnsafeMutableBufferPointer<UInt8>) {
        row[0] = 1
        var previous: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        var offset = 1
        for x in 0 ..< width {
            let pixel = source[x]
            let alpha = UInt32(pixel >> 24)
            var red = (pixel >> 16) & 0xFF, green = (pixel >> 8) & 0xFF, blue = pixel & 0xFF
            if alpha == 0 {
                red = 0; green = 0; blue = 0
            } else if alpha != 255 {
                red = (red * 255 + alpha / 2) / alpha
                green = (green * 255 + alpha / 2) / alpha
                blue = (blue * 255 + alpha / 2) / alpha
            }
            let current = (UInt8(truncatingIfNeeded: red), UInt8(truncatingIfNeeded: green), UInt8(truncatingIfNeeded: blue), UInt8(truncatingIfNeeded: alpha))
            row[offset] = current.0 &- previous.0
            row[offset + 1] = current.1 &- previous.1
            row[offset + 2] = current.2 &- previous.2
            row[offset + 3] = current.3 &- previous.3
            previous = current
            offset += 4
        }
    }

    private static func appendChunk(_ type: String, _ body: Data, to png: inout Data) {
        png.appendBigEndian(UInt32(body.count))
        let typeBytes = Data(type.utf8)
        png.append(typeBytes)
        png.append(body)
        var crc = typeBytes.withUnsafeBytes { crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, UInt32($0.count)) }
        crc = body.withUnsafeBytes { crc32(crc, $0.bindMemory(to: Bytef.self).baseAddress, UInt32($0.count)) }
        png.appendBigEndian(UInt32(crc))
    }
}

extension Data {
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}
